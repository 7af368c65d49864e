import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenCallEventFields } from "../_internals/image-gen-call-event-fields.js";

/** Stream event `response.image_generation_call.generating`, current SDK name (TS, Go, Python). */
export const ImageGenCallGeneratingEvent = new ObjectShape({
  name: "ImageGenCallGeneratingEvent",
  family: "response.image_generation_call.generating",
  kind: "event",
  description: "Stream event response.image_generation_call.generating (@openrouter/sdk v0.10.1 to current; OpenAI ResponseImageGenCallGeneratingEvent).",
  sources: [
    cite("TS", ".speakeasy/in.openapi.yaml@HEAD L10202-10212, L17301-17323"),
    cite("TS", "src/models/imagegencallgeneratingevent.ts@HEAD"),
    cite("OAI-SPEC", "openapi.yaml components.schemas.ResponseImageGenCallGeneratingEvent@f85dbe2"),
  ],
  documentedForm: "wire",
  fields: imageGenCallEventFields("response.image_generation_call.generating"),
});
