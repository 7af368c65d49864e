import { EnumShape } from "../../shape/enum-shape.js";
import { cite } from "../../source/source.js";

/**
 * The status enum inline in OpenAI's `ImageGenToolCall`. The spec gives it no
 * name of its own; this one follows the property it sits in.
 */
export const ImageGenToolCallStatus = new EnumShape({
  name: "ImageGenToolCallStatus",
  family: "image_generation_call status",
  description: "Closed status enum of OpenAI's ImageGenToolCall (inline in the spec).",
  sources: [cite("OAI-SPEC", "openapi.yaml components.schemas.ImageGenToolCall.properties.status@f85dbe2")],
  values: ["in_progress", "completed", "generating", "failed"],
});
