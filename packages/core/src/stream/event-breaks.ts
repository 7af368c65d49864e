import type * as FastCheck from "fast-check";
import type { JsonValue } from "../json/json-value.js";
import type { ArbitraryScope } from "../kind/kind.js";
import type { Rule } from "../rule/rule.js";
import type { ObjectShape } from "../shape/object-shape.js";
import { streamEventShapes } from "./stream-event-shapes.js";

/** One rule of a stream event, and the breaker the catalogue defines for it: the corpus and the fuzzer break events alike. */
export interface EventBreak {
  /** The event's shape, as the stream's shape table names it for its type. */
  shape: ObjectShape;
  /** The wire type that shape's events have. */
  type: string;
  rule: Rule;
  /** Keys from the event to what changes: `[]` the whole event, `["output_index"]`, `["item", "status"]`. */
  path: string[];
  /** Values for it; `undefined` drops the key. */
  arbitrary: FastCheck.Arbitrary<JsonValue | undefined>;
}

/** Every rule of every stream event shape, and of the item output_item.added and .done carry, with its breaker. */
export function eventBreaks(scope: ArbitraryScope): EventBreak[] {
  return [...streamEventShapes].flatMap(([type, shape]) => {
    const own = shape.violations(scope).map((violation) => ({
      shape,
      type,
      rule: violation.rule,
      path: violation.key === undefined ? [] : [violation.key],
      arbitrary: violation.arbitrary,
    }));
    const nested = shape.fields.flatMap(({ names, nested: item }) => {
      // A whole item that is not an object is the event's own `item` type rule, above.
      return (item?.violations(scope) ?? []).flatMap((violation) =>
        violation.key === undefined ? [] : [{ shape, type, rule: violation.rule, path: [names[scope.form], violation.key], arbitrary: violation.arbitrary }],
      );
    });
    return [...own, ...nested];
  });
}
