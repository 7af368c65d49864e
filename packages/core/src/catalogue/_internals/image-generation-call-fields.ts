import { enumOf } from "../../kind/enum-kind.js";
import { literal } from "../../kind/literal-kind.js";
import { string } from "../../kind/string-kind.js";
import type { EnumShape } from "../../shape/enum-shape.js";
import { type Field, required } from "../../shape/field.js";

/**
 * The four fields every `image_generation_call` item has had since beta.17.
 * Eras differ only in the status enum and in how `result` may be absent or null,
 * so those two are the parameters.
 */
export function imageGenerationCallFields<V extends string, R extends Field<string>>(status: EnumShape<V>, result: R) {
  return {
    type: required(literal("image_generation_call")),
    id: required(string()),
    result,
    status: required(enumOf(status)),
  };
}
