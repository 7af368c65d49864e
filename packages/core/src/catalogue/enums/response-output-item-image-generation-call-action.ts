import { EnumShape } from "../../shape/enum-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";

/** The `action` of OpenAI's SDK item: inline in each SDK, so it is named after the property it sits in. */
export const ResponseOutputItemImageGenerationCallAction = new EnumShape({
  name: "ResponseOutputItemImageGenerationCallAction",
  family: "image_generation_call action",
  description: "The action an image generation call took, as OpenAI's SDKs declare it (closed).",
  sources: [openaiSdkFiles.npm("L5359"), openaiSdkFiles.python("response_output_item.py", "L153"), openaiSdkFiles.go("L21170-21173")],
  values: ["generate", "edit", "auto"],
});
