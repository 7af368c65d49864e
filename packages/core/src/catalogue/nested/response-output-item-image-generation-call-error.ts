import { objectOf } from "../../kind/object-kind.js";
import { string } from "../../kind/string-kind.js";
import { optional, required, requiredNullable } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";
import { ResponseOutputItemImageGenerationCallErrorModerationDetails } from "./response-output-item-image-generation-call-error-moderation-details.js";

/**
 * The item's `error`, "details of a moderation failure, when available". Go's name; TS `ImageGenerationCall.Error`,
 * Python `ImageGenerationCallError`. `code` and `param` are required but nullable, as TypeScript writes them.
 */
export const ResponseOutputItemImageGenerationCallError = new ObjectShape({
  name: "ResponseOutputItemImageGenerationCallError",
  family: "image_generation_call error",
  kind: "nested",
  description: "The error of a failed image_generation_call item (OpenAI's SDKs; no OpenAPI schema declares it).",
  sources: [openaiSdkFiles.npm("L5391-5412"), openaiSdkFiles.python("response_output_item.py", "L107-122"), openaiSdkFiles.go("L21220-21241")],
  documentedForm: "wire",
  fields: {
    code: requiredNullable(string()),
    message: required(string()),
    param: requiredNullable(string()),
    // The error's own type ("image_generation_user_error", …): a string, not a discriminator.
    type: required(string()),
    moderation_details: optional(objectOf(ResponseOutputItemImageGenerationCallErrorModerationDetails)),
  },
});
