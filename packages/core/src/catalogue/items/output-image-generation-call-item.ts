import { string } from "../../kind/string-kind.js";
import { optional, optionalNullable } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite } from "../../source/source.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { ImageGenerationStatus } from "../enums/image-generation-status.js";

/**
 * OpenRouter's current item in `output[]`, in stream `output_item.*` events and in
 * request `input[]`. Adds `prompt`, "possibly rewritten" (OpenAI calls it `revised_prompt`).
 */
export const OutputImageGenerationCallItem = new ObjectShape({
  name: "OutputImageGenerationCallItem",
  family: "image_generation_call item",
  kind: "item",
  description: "Image generation call output item (@openrouter/sdk v0.10.1 to current; in and outbound).",
  sources: [
    cite("TS", ".speakeasy/in.openapi.yaml@HEAD L18537-18549"),
    cite("TS", "src/models/outputimagegenerationcallitem.ts@HEAD"),
    cite("GO", "models/components/outputimagegenerationcallitem.go@HEAD"),
    cite("PY", "docs/components/outputimagegenerationcallitem.mdx@16cc3e4d"),
  ],
  documentedForm: "wire",
  fields: { ...imageGenerationCallFields(ImageGenerationStatus, optionalNullable(string())), prompt: optional(string()) },
});
