import { EnumShape } from "../../shape/enum-shape.js";
import { cite, seed } from "../../source/source.js";

/** Status of an image generation call echoed in a response's `instructions` (beta.17). */
export const InstructionsStatusEnum3 = new EnumShape({
  name: "InstructionsStatusEnum3",
  family: "image_generation_call status",
  description: "Closed status enum of InstructionsImageGenerationCall1 (response instructions echo, beta.17).",
  sources: [seed("003_08280d496c8e779b.txt", "Fields: status"), cite("TS", "src/models/operations/postapialpharesponses.ts@v0.0.0-beta.17 L2323-2331")],
  values: ["in_progress", "completed", "generating", "failed"],
});
