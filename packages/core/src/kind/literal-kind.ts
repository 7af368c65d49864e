import { otherJson } from "./_internals/other-json.js";
import { smallestFirst } from "./_internals/smallest-first.js";
import type { Kind } from "./kind.js";

/** One exact string, such as a `type` discriminator. */
export function literal<const T extends string>(expected: T): Kind<T> {
  const quoted = JSON.stringify(expected);
  return {
    checks: [
      { check: "type", expected: "string" },
      { check: "literal", expected: quoted },
    ],
    validate(value, scope) {
      if (typeof value !== "string") scope.report("type", value);
      else if (value !== expected) scope.report("literal", value);
    },
    compile: () => (value) =>
      typeof value !== "string" ? { check: "type", received: value } : value === expected ? undefined : { check: "literal", received: value },
    schema(scope) {
      const admitted = scope.admitted("literal");
      if (!scope.enforced("literal")) return { type: "string" };
      return admitted.length === 0 ? { type: "string", const: expected } : { type: "string", enum: [expected, ...admitted] };
    },
    arbitrary: ({ fc }) => fc.constant(expected),
    violations: ({ fc }) => [
      { check: "type", arbitrary: otherJson(fc, "string") },
      // Near misses first: another case, a neighbour's name, then anything else.
      {
        check: "literal",
        arbitrary: fc
          .oneof(fc.constantFrom(...smallestFirst([expected.toUpperCase(), `${expected}_v2`, expected.replaceAll("_", "-")])), fc.string())
          .filter((text) => text !== expected),
      },
    ],
  };
}
