import { integer } from "../../kind/number-kinds.js";
import { string } from "../../kind/string-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenCallEventFields } from "../_internals/image-gen-call-event-fields.js";

/** Stream event `response.image_generation_call.partial_image`, current SDK name (TS, Go, Python). */
export const ImageGenCallPartialImageEvent = new ObjectShape({
  name: "ImageGenCallPartialImageEvent",
  family: "response.image_generation_call.partial_image",
  kind: "event",
  description: "Stream event response.image_generation_call.partial_image (@openrouter/sdk v0.10.1 to current; OpenAI ResponseImageGenCallPartialImageEvent).",
  sources: [
    cite("TS", ".speakeasy/in.openapi.yaml@HEAD L10224-10236, L17347-17377"),
    cite("TS", "src/models/imagegencallpartialimageevent.ts@HEAD"),
    cite("OAI-SPEC", "openapi.yaml components.schemas.ResponseImageGenCallPartialImageEvent@f85dbe2"),
  ],
  documentedForm: "wire",
  fields: {
    ...imageGenCallEventFields("response.image_generation_call.partial_image"),
    partial_image_b64: required(string()),
    // 0-based, though OpenAI notes its backend counts from 1.
    partial_image_index: required(integer()),
  },
});
