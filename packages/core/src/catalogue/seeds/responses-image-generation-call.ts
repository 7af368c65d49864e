import { string } from "../../kind/string-kind.js";
import { optionalNullable } from "../../shape/field.js";
import { ObjectShape } from "../../shape/object-shape.js";
import { cite, seed } from "../../source/source.js";
import { imageGenerationCallFields } from "../_internals/image-generation-call-fields.js";
import { ImageGenerationStatus } from "../enums/image-generation-status.js";

/**
 * Seed 002, the Go struct. `Result *string` marked optional: a Go pointer is nil
 * for an absent key and for JSON null alike, so the field is optional and nullable.
 * The code behind it used OptionalNullable, which keeps the two apart: a finding.
 */
export const ResponsesImageGenerationCall = new ObjectShape({
  name: "ResponsesImageGenerationCall",
  family: "image_generation_call item",
  kind: "item",
  description: "Go struct for an image generation call (github.com/OpenRouterTeam/go-sdk models/components, initial commit c2c3c70).",
  sources: [
    seed("002_24fcbdf347e85656.txt"),
    cite("GO", "docs/models/components/responsesimagegenerationcall.md@c2c3c70"),
    cite("GO", "models/components/responsesimagegenerationcall.go@c2c3c70"),
  ],
  documentedForm: "go",
  fields: imageGenerationCallFields(ImageGenerationStatus, optionalNullable(string())),
});
