import { otherJson } from "./_internals/other-json.js";
import { unicodeString } from "./_internals/unicode-string.js";
import type { Kind } from "./kind.js";

/** Any JSON string. */
export function string(): Kind<string> {
  return {
    checks: [{ check: "type", expected: "string" }],
    validate(value, scope) {
      if (typeof value !== "string") scope.report("type", value);
    },
    compile: () => (value) => (typeof value === "string" ? undefined : { check: "type", received: value }),
    schema: () => ({ type: "string" }),
    arbitrary: ({ fc }) => fc.oneof(fc.string(), unicodeString(fc)),
    violations: ({ fc }) => [{ check: "type", arbitrary: otherJson(fc, "string") }],
  };
}
