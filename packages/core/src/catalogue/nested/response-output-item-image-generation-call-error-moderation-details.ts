import { arrayOf } from "../../kind/array-kind.js";
import { enumOf } from "../../kind/enum-kind.js";
import { string } from "../../kind/string-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";
import { ResponseOutputItemImageGenerationCallErrorModerationDetailsModerationStage } from "../enums/response-output-item-image-generation-call-error-moderation-details-moderation-stage.js";

/** `error.moderation_details` of OpenAI's SDK item: why moderation blocked the call. Go's name; TS `ImageGenerationCall.Error.ModerationDetails`. */
export const ResponseOutputItemImageGenerationCallErrorModerationDetails = new ObjectShape({
  name: "ResponseOutputItemImageGenerationCallErrorModerationDetails",
  family: "image_generation_call error moderation_details",
  kind: "nested",
  description: "Public details of a moderation_blocked error on an image_generation_call item (OpenAI's SDKs; no OpenAPI schema declares it).",
  sources: [openaiSdkFiles.npm("L5417-5426"), openaiSdkFiles.python("response_output_item.py", "L97-103"), openaiSdkFiles.go("L21250-21264")],
  documentedForm: "wire",
  fields: {
    // "New category values may be added over time": open strings, not an enum.
    categories: required(arrayOf(string())),
    moderation_stage: required(enumOf(ResponseOutputItemImageGenerationCallErrorModerationDetailsModerationStage)),
  },
});
