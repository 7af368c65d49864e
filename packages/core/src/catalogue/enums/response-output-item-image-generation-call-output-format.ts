import { EnumShape } from "../../shape/enum-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";

/**
 * The `output_format` of OpenAI's SDK item. `gif` and `svg` came in openai npm 7.51.0; 7.48.0, the release
 * before it the registry serves, has png | webp | jpeg, as async-openai 0.43.0 still does.
 */
export const ResponseOutputItemImageGenerationCallOutputFormat = new EnumShape({
  name: "ResponseOutputItemImageGenerationCallOutputFormat",
  family: "image_generation_call output_format",
  description: "The file format of a generated image, as OpenAI's SDKs declare it for the item (closed; gif and svg since openai npm 7.51.0).",
  sources: [openaiSdkFiles.npm("L5371"), openaiSdkFiles.python("response_output_item.py", "L162"), openaiSdkFiles.go("L21180-21183")],
  values: ["png", "webp", "jpeg", "gif", "svg"],
});
