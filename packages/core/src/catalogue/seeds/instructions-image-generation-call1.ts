import { string } from "../../kind/string-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite, seed } from "../../source/source.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { InstructionsStatusEnum3 } from "../enums/instructions-status-enum3.js";

/** Seed 003: the item as echoed in a response's `instructions`, despite the request-sounding name. */
export const InstructionsImageGenerationCall1 = new ObjectShape({
  name: "InstructionsImageGenerationCall1",
  family: "image_generation_call item",
  kind: "item",
  description: "Image generation call item in a response's instructions echo (@openrouter/sdk/models/operations, v0.0.0-beta.17).",
  sources: [
    seed("003_08280d496c8e779b.txt"),
    cite("TS", "docs/models/operations/instructionsimagegenerationcall1.md@v0.0.0-beta.17"),
    cite("TS", "src/models/operations/postapialpharesponses.ts@v0.0.0-beta.17 L2316-2338"),
  ],
  documentedForm: "ts",
  fields: imageGenerationCallFields(InstructionsStatusEnum3, required(string())),
});
