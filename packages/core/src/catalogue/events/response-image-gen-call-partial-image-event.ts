import { integer } from "../../kind/number-kinds.js";
import { string } from "../../kind/string-kind.js";
import { optional, required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenCallEventFields } from "../_internals/image-gen-call-event-fields.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";

/**
 * `response.image_generation_call.partial_image` as OpenAI's SDKs and spec declare it: OpenRouter's event (the
 * stream's shape, ImageGenCallPartialImageEvent) and four optional strings, plain strings here, not the item's enums.
 */
export const ResponseImageGenCallPartialImageEvent = new ObjectShape({
  name: "ResponseImageGenCallPartialImageEvent",
  family: "response.image_generation_call.partial_image",
  kind: "event",
  description:
    "Stream event response.image_generation_call.partial_image as OpenAI's SDKs declare it, with optional size, quality, background and output_format.",
  sources: [
    openaiSdkFiles.npm("L3385-3420"),
    openaiSdkFiles.python("response_image_gen_call_partial_image_event.py", "L11-45"),
    openaiSdkFiles.go("L11883-11920"),
    cite("OAI-SPEC", "openapi.yaml components.schemas.ResponseImageGenCallPartialImageEvent@f85dbe2"),
  ],
  documentedForm: "wire",
  fields: {
    ...imageGenCallEventFields("response.image_generation_call.partial_image"),
    partial_image_b64: required(string()),
    partial_image_index: required(integer()),
    background: optional(string()),
    output_format: optional(string()),
    quality: optional(string()),
    size: optional(string()),
  },
});
