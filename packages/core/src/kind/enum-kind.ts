import type { EnumShape } from "../shape/enum-shape.js";
import { otherJson } from "./_internals/other-json.js";
import type { Kind } from "./kind.js";

/** A field typed by a documented enum; it keeps a link to the enum for findings about it. */
export interface EnumKind<V extends string> extends Kind<V> {
  readonly enumShape: EnumShape<V>;
}

export function enumOf<V extends string>(enumShape: EnumShape<V>): EnumKind<V> {
  return {
    enumShape,
    checks: [
      { check: "type", expected: "string" },
      { check: "enum", expected: enumShape.expected },
    ],
    validate(value, scope) {
      if (typeof value !== "string") scope.report("type", value);
      else if (!enumShape.has(value)) scope.report("enum", value);
    },
    compile: () => (value) =>
      typeof value !== "string" ? { check: "type", received: value } : enumShape.has(value) ? undefined : { check: "enum", received: value },
    schema(scope) {
      if (!scope.enforced("enum")) return { type: "string" };
      return { type: "string", enum: [...enumShape.values, ...scope.admitted("enum")] };
    },
    arbitrary: ({ fc }) => fc.constantFrom(...enumShape.shrinkOrder),
    violations: ({ fc }) => [
      { check: "type", arbitrary: otherJson(fc, "string") },
      { check: "enum", arbitrary: enumShape.outsiders(fc) },
    ],
  };
}
