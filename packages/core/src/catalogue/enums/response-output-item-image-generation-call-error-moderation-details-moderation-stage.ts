import { EnumShape } from "../../shape/enum-shape.js";
import { openaiSdkFiles } from "../_internals/openai-sdk-files.js";

/** Where moderation stopped a call, inside the item's `error.moderation_details`; named after the property it sits in. */
export const ResponseOutputItemImageGenerationCallErrorModerationDetailsModerationStage = new EnumShape({
  name: "ResponseOutputItemImageGenerationCallErrorModerationDetailsModerationStage",
  family: "image_generation_call moderation_stage",
  description: "The stage at which moderation blocked an image generation call, as OpenAI's SDKs declare it (closed).",
  sources: [openaiSdkFiles.npm("L5425"), openaiSdkFiles.python("response_output_item.py", "L103"), openaiSdkFiles.go("L21253-21256")],
  values: ["input", "output", "unknown"],
});
