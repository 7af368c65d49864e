import { EnumShape } from "../../shape/enum-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";

/** The `quality` of OpenAI's SDK item, named after the property it sits in; `xhigh` and `max` are members. */
export const ResponseOutputItemImageGenerationCallQuality = new EnumShape({
  name: "ResponseOutputItemImageGenerationCallQuality",
  family: "image_generation_call quality",
  description: "The quality an image was generated at, as OpenAI's SDKs declare it for the item (closed).",
  sources: [openaiSdkFiles.npm("L5376"), openaiSdkFiles.python("response_output_item.py", "L165"), openaiSdkFiles.go("L21184-21188")],
  values: ["low", "medium", "high", "xhigh", "max", "auto"],
});
