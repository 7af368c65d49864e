import { otherJson } from "./_internals/other-json.js";
import { smallestFirst } from "./_internals/smallest-first.js";
import type { Kind } from "./kind.js";

function isJsonNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Any JSON number, as documents that say *number* mean it. */
export function number(): Kind<number> {
  return {
    checks: [{ check: "type", expected: "number" }],
    validate(value, scope) {
      if (!isJsonNumber(value)) scope.report("type", value);
    },
    compile: () => (value) => (isJsonNumber(value) ? undefined : { check: "type", received: value }),
    schema: () => ({ type: "number" }),
    arbitrary: ({ fc }) => fc.oneof(fc.nat(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    violations: ({ fc }) => [{ check: "type", arbitrary: otherJson(fc, "number") }],
  };
}

/** A JSON number with no fractional part (JSON Schema 2020-12: 1.0 is an integer). */
export function integer(): Kind<number> {
  return {
    checks: [
      { check: "type", expected: "number" },
      { check: "integer", expected: "an integer" },
    ],
    validate(value, scope) {
      if (!isJsonNumber(value)) scope.report("type", value);
      else if (!Number.isInteger(value)) scope.report("integer", value);
    },
    compile: () => (value) =>
      !isJsonNumber(value) ? { check: "type", received: value } : Number.isInteger(value) ? undefined : { check: "integer", received: value },
    schema: (scope) => ({ type: scope.enforced("integer") ? "integer" : "number" }),
    arbitrary: ({ fc }) => fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 64 }) }, fc.maxSafeNat(), fc.integer()),
    violations: ({ fc }) => [
      { check: "type", arbitrary: otherJson(fc, "integer") },
      {
        check: "integer",
        arbitrary: fc.oneof(
          fc.constantFrom(...smallestFirst([0.5, 7977.54, 1.5e-300])),
          fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value)),
        ),
      },
    ],
  };
}
