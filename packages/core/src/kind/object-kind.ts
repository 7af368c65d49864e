import type { CompiledCheck } from "../compile/compiled-check.js";
import { appendPointer } from "../json/json-pointer.js";
import { isJsonObject } from "../json/json-value.js";
import type { Wire } from "../shape/infer.js";
import type { ObjectShape } from "../shape/object-shape.js";
import { otherJson } from "./_internals/other-json.js";
import type { Kind } from "./kind.js";

/** A field holding another documented shape; it names that shape for generators. */
export interface ObjectKind<S extends ObjectShape> extends Kind<Wire<S>> {
  readonly nestedShape: S;
}

/** A field holding another documented shape, such as the `item` of `response.output_item.added`. */
export function objectOf<S extends ObjectShape>(shape: S): ObjectKind<S> {
  return {
    nestedShape: shape,
    checks: [{ check: "type", expected: "object" }],
    validate(value, scope) {
      if (!isJsonObject(value)) scope.report("type", value);
      else scope.nest(shape, value);
    },
    compile(scope) {
      let nested: CompiledCheck | undefined;
      return (value, parent, key, report) => {
        if (!isJsonObject(value)) return { check: "type", received: value };
        // Compiled on first use: the nested shape may not be compiled yet when this kind is.
        nested ??= scope.nested(shape);
        nested(value, appendPointer(parent, key), report);
        return undefined;
      };
    },
    schema: (scope) => scope.nested(shape),
    arbitrary: (scope) => scope.nested(shape) as ReturnType<Kind<Wire<S>>["arbitrary"]>,
    violations: ({ fc }) => [{ check: "type", arbitrary: otherJson(fc, "object") }],
  };
}
