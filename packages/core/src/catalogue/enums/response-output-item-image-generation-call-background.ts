import { EnumShape } from "../../shape/enum-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";

/** The `background` of OpenAI's SDK item, named after the property it sits in. */
export const ResponseOutputItemImageGenerationCallBackground = new EnumShape({
  name: "ResponseOutputItemImageGenerationCallBackground",
  family: "image_generation_call background",
  description: "The background setting an image was generated with, as OpenAI's SDKs declare it for the item (closed).",
  sources: [openaiSdkFiles.npm("L5363"), openaiSdkFiles.python("response_output_item.py", "L156"), openaiSdkFiles.go("L21174-21177")],
  values: ["transparent", "opaque", "auto"],
});
