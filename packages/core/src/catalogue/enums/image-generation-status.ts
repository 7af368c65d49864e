import { EnumShape } from "../../shape/enum-shape.js";
import { cite } from "../../source/source.js";

/**
 * The status of an image generation call. One name for what beta.17 generated
 * per position (StatusRequestEnum3, InstructionsStatusEnum3, …); OpenRouter's
 * SDKs treat it as open, which is a finding, not a silent choice.
 */
export const ImageGenerationStatus = new EnumShape({
  name: "ImageGenerationStatus",
  family: "image_generation_call status",
  description: "Status of an image generation call, shared by the OpenRouter items from beta.40 on.",
  sources: [
    cite("TS", "src/models/imagegenerationstatus.ts@HEAD"),
    cite("TS", ".speakeasy/in.openapi.yaml@HEAD L10575-10582"),
    cite("GO", "models/components/imagegenerationstatus.go@HEAD"),
    cite("PY", "docs/components/imagegenerationstatus.mdx@76d6ce57"),
  ],
  values: ["in_progress", "completed", "generating", "failed"],
});
