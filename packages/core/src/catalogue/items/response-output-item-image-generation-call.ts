import { enumOf } from "../../kind/enum-kind.js";
import { objectOf } from "../../kind/object-kind.js";
import { string } from "../../kind/string-kind.js";
import { optional, optionalNullable, requiredNullable } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";
import { ImageGenToolCallStatus } from "../enums/image-gen-tool-call-status.js";
import { ResponseOutputItemImageGenerationCallAction } from "../enums/response-output-item-image-generation-call-action.js";
import { ResponseOutputItemImageGenerationCallBackground } from "../enums/response-output-item-image-generation-call-background.js";
import { ResponseOutputItemImageGenerationCallOutputFormat } from "../enums/response-output-item-image-generation-call-output-format.js";
import { ResponseOutputItemImageGenerationCallQuality } from "../enums/response-output-item-image-generation-call-quality.js";
import { ResponseOutputItemImageGenerationCallError } from "../nested/response-output-item-image-generation-call-error.js";
import { ResponseOutputItemImageGenerationCallSvgUsage } from "../nested/response-output-item-image-generation-call-svg-usage.js";

/**
 * The item as OpenAI's SDKs declare it: ImageGenToolCall's four fields and eight more the OpenAPI document does
 * not have. Kept apart from ImageGenToolCall, which stays the document's reading (finding real-item-extra-fields).
 * Go's name; TS and Java `ResponseOutputItem.ImageGenerationCall`, Python `response_output_item.ImageGenerationCall`.
 * Nullability is TypeScript's, the one SDK that writes it apart from presence; `error` and `svg_usage` are never null.
 */
export const ResponseOutputItemImageGenerationCall = new ObjectShape({
  name: "ResponseOutputItemImageGenerationCall",
  family: "image_generation_call item",
  kind: "item",
  description:
    "The image_generation_call output item as OpenAI's SDKs declare it: 12 fields (openai npm 7.51.0 on; openai-python 3.54.0 on and openai-go v3.96.0 on, cited at the pins 3.57.0 and v3.99.0).",
  sources: [openaiSdkFiles.npm("L5339-5386"), openaiSdkFiles.python("response_output_item.py", "L138-177"), openaiSdkFiles.go("L21159-21211")],
  documentedForm: "wire",
  fields: {
    ...imageGenerationCallFields(ImageGenToolCallStatus, requiredNullable(string())),
    action: optionalNullable(enumOf(ResponseOutputItemImageGenerationCallAction)),
    background: optionalNullable(enumOf(ResponseOutputItemImageGenerationCallBackground)),
    error: optional(objectOf(ResponseOutputItemImageGenerationCallError)),
    output_format: optionalNullable(enumOf(ResponseOutputItemImageGenerationCallOutputFormat)),
    quality: optionalNullable(enumOf(ResponseOutputItemImageGenerationCallQuality)),
    revised_prompt: optionalNullable(string()),
    // Open: TypeScript lists 1024x1024, 1024x1536, 1536x1024 beside `string & {}`.
    size: optionalNullable(string()),
    svg_usage: optional(objectOf(ResponseOutputItemImageGenerationCallSvgUsage)),
  },
});
