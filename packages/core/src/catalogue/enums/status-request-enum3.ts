import { EnumShape } from "../../shape/enum-shape.js";
import { cite, seed } from "../../source/source.js";

/**
 * Status of an image generation call in a request's `input` (beta.17). The "3"
 * is the position of the inline enum in the spec, not a version.
 */
export const StatusRequestEnum3 = new EnumShape({
  name: "StatusRequestEnum3",
  family: "image_generation_call status",
  description: "Closed status enum of InputImageGenerationCall1 (request input, beta.17).",
  sources: [
    seed("001_ad3dd29062849603.txt", "Fields: status"),
    cite("TS", "docs/models/operations/statusrequestenum3.md@v0.0.0-beta.17"),
    cite("TS", "src/models/operations/postapialpharesponses.ts@v0.0.0-beta.17 L380-386"),
  ],
  values: ["in_progress", "completed", "generating", "failed"],
});
