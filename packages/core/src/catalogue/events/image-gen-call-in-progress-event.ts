import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenCallEventFields } from "../_internals/image-gen-call-event-fields.js";

/** Stream event `response.image_generation_call.in_progress`, current SDK name (TS, Go, Python). */
export const ImageGenCallInProgressEvent = new ObjectShape({
  name: "ImageGenCallInProgressEvent",
  family: "response.image_generation_call.in_progress",
  kind: "event",
  description: "Stream event response.image_generation_call.in_progress (@openrouter/sdk v0.10.1 to current; OpenAI ResponseImageGenCallInProgressEvent).",
  sources: [
    cite("TS", ".speakeasy/in.openapi.yaml@HEAD L10213-10223, L17324-17346"),
    cite("TS", "src/models/imagegencallinprogressevent.ts@HEAD"),
    cite("OAI-SPEC", "openapi.yaml components.schemas.ResponseImageGenCallInProgressEvent@f85dbe2"),
  ],
  documentedForm: "wire",
  fields: imageGenCallEventFields("response.image_generation_call.in_progress"),
});
