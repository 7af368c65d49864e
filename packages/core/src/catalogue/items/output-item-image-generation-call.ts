import { string } from "../../kind/string-kind.js";
import { optionalNullable } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { ImageGenerationStatus } from "../enums/image-generation-status.js";

/**
 * OpenRouter's current item inside the `instructions` echo (BaseInputsUnion).
 * Since v0.1.7 `result` is optional with `default: null`.
 */
export const OutputItemImageGenerationCall = new ObjectShape({
  name: "OutputItemImageGenerationCall",
  family: "image_generation_call item",
  kind: "item",
  description: "Image generation call item of OpenRouter's BaseInputs echo (@openrouter/sdk v0.1.7 to current; inbound only).",
  sources: [
    cite("TS", ".speakeasy/in.openapi.yaml@HEAD L18879-18900"),
    cite("TS", "src/models/outputitemimagegenerationcall.ts@HEAD L23-44"),
    cite("GO", "models/components/outputitemimagegenerationcall.go@HEAD"),
    cite("PY", "docs/components/outputitemimagegenerationcall.mdx@9f5af42f"),
  ],
  documentedForm: "wire",
  fields: imageGenerationCallFields(ImageGenerationStatus, optionalNullable(string())),
});
