import { literal } from "../../kind/literal-kind.js";
import { integer } from "../../kind/number-kinds.js";
import { string } from "../../kind/string-kind.js";
import { required } from "../../shape/field.js";

/** The fields shared by the four `response.image_generation_call.*` events. */
export function imageGenCallEventFields<const T extends string>(type: T) {
  return {
    type: required(literal(type)),
    item_id: required(string()),
    output_index: required(integer()),
    sequence_number: required(integer()),
  };
}
