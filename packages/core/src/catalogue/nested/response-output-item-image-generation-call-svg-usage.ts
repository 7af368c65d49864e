import { integer } from "../../kind/number-kinds.js";
import { string } from "../../kind/string-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";

/**
 * The item's `svg_usage`: tokens an SVG image took. Go's name; TS `ImageGenerationCall.SvgUsage`. The counts are
 * integers: Python `int`, Go `int64` (TypeScript's `number` has no integer type).
 */
export const ResponseOutputItemImageGenerationCallSvgUsage = new ObjectShape({
  name: "ResponseOutputItemImageGenerationCallSvgUsage",
  family: "image_generation_call svg_usage",
  kind: "nested",
  description: "Token usage of an SVG image generation call (OpenAI's SDKs since openai npm 7.51.0; no OpenAPI schema declares it).",
  sources: [openaiSdkFiles.npm("L5428-5434"), openaiSdkFiles.python("response_output_item.py", "L126-135"), openaiSdkFiles.go("L21274-21290")],
  documentedForm: "wire",
  fields: {
    input_tokens: required(integer()),
    model: required(string()),
    output_tokens: required(integer()),
    reasoning_tokens: required(integer()),
    total_tokens: required(integer()),
  },
});
