import { string } from "../../kind/string-kind.js";
import { requiredNullable } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { ImageGenToolCallStatus } from "../enums/image-gen-tool-call-status.js";

/**
 * The canonical `image_generation_call` item as OpenAI's spec defines it: all four keys required, `result` nullable.
 * OpenAI's SDKs now declare eight more fields; that reading is ResponseOutputItemImageGenerationCall, not this.
 */
export const ImageGenToolCall = new ObjectShape({
  name: "ImageGenToolCall",
  family: "image_generation_call item",
  kind: "item",
  description:
    "The image_generation_call output item (OpenAI OpenAPI ImageGenToolCall; openai-node ResponseOutputItem.ImageGenerationCall at v7.5.0, before its eight more fields).",
  sources: [
    cite("OAI-SPEC", "openapi.yaml components.schemas.ImageGenToolCall@f85dbe2"),
    cite("OAI-NODE", "src/resources/responses/responses.ts@7b7d6ca7 L5916-5936"),
  ],
  documentedForm: "wire",
  fields: imageGenerationCallFields(ImageGenToolCallStatus, requiredNullable(string())),
});
