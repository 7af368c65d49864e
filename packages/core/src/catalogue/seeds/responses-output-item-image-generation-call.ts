import { string } from "../../kind/string-kind.js";
import { required } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite, seed } from "../../source/source.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { ImageGenerationStatus } from "../enums/image-generation-status.js";

/**
 * Seed 000, as its Fields table states it: `result` a required *string*. Its own
 * example has `result: null`; the finding `result-required-string-but-null-example`
 * records both readings.
 */
export const ResponsesOutputItemImageGenerationCall = new ObjectShape({
  name: "ResponsesOutputItemImageGenerationCall",
  family: "image_generation_call item",
  kind: "item",
  description: "Response output item for an image generation call (@openrouter/sdk/models, v0.0.0-beta.40 to v0.0.1-beta.5).",
  sources: [
    seed("000_baffe95d2b37d878.txt"),
    cite("TS", "docs/models/responsesoutputitemimagegenerationcall.md@3403eb29a"),
    cite("TS", "src/models/responsesoutputitem.ts@3403eb29a L53-58, L942-953"),
  ],
  documentedForm: "ts",
  fields: imageGenerationCallFields(ImageGenerationStatus, required(string())),
});
