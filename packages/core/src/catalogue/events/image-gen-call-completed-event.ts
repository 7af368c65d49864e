import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenCallEventFields } from "../_internals/image-gen-call-event-fields.js";

/** Stream event `response.image_generation_call.completed`, current SDK name (TS, Go, Python). */
export const ImageGenCallCompletedEvent = new ObjectShape({
  name: "ImageGenCallCompletedEvent",
  family: "response.image_generation_call.completed",
  kind: "event",
  description: "Stream event response.image_generation_call.completed (@openrouter/sdk v0.10.1 to current; OpenAI ResponseImageGenCallCompletedEvent).",
  sources: [
    cite("TS", ".speakeasy/in.openapi.yaml@HEAD L10191-10201, L17278-17300"),
    cite("TS", "src/models/imagegencallcompletedevent.ts@HEAD"),
    cite("OAI-SPEC", "openapi.yaml components.schemas.ResponseImageGenCallCompletedEvent@f85dbe2"),
  ],
  documentedForm: "wire",
  fields: imageGenCallEventFields("response.image_generation_call.completed"),
});
