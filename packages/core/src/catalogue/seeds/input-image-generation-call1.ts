import { string } from "../../kind/string-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite, seed } from "../../source/source.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { StatusRequestEnum3 } from "../enums/status-request-enum3.js";

/**
 * Seed 001. The "1" is Speakeasy naming the first inline copy of the item in the
 * request `input` union (a structurally identical `…2` exists), not a version.
 */
export const InputImageGenerationCall1 = new ObjectShape({
  name: "InputImageGenerationCall1",
  family: "image_generation_call item",
  kind: "item",
  description: "Image generation call item in a request's input (@openrouter/sdk/models/operations, v0.0.0-beta.17).",
  sources: [
    seed("001_ad3dd29062849603.txt"),
    cite("TS", "docs/models/operations/inputimagegenerationcall1.md@v0.0.0-beta.17"),
    cite("TS", "src/models/operations/postapialpharesponses.ts@v0.0.0-beta.17 L373-393"),
  ],
  documentedForm: "ts",
  fields: imageGenerationCallFields(StatusRequestEnum3, required(string())),
});
