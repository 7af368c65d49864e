import { describeValue } from "../json/describe-value.js";
import type { Check } from "../rule/check.js";
import type { Rule } from "../rule/rule.js";

const lastToken = (path: string) =>
  path
    .slice(path.lastIndexOf("/") + 1)
    .replaceAll("~1", "/")
    .replaceAll("~0", "~");

const messages: Record<Check, (rule: Rule, received: unknown, path: string) => string> = {
  object: (_rule, received) => `expected an object, received ${describeValue(received)}`,
  required: (_rule, _received, path) => `missing required field ${JSON.stringify(lastToken(path))}`,
  null: () => "expected a value, received null",
  type: (rule, received) => `expected ${rule.expected}, received ${describeValue(received)}`,
  enum: (rule, received) => `expected ${rule.expected}, received ${describeValue(received)}`,
  literal: (rule, received) => `expected ${rule.expected}, received ${describeValue(received)}`,
  integer: (_rule, received) => `expected an integer, received ${describeValue(received)}`,
  items: (rule, received) => `expected ${rule.expected}, received an element ${describeValue(received)}`,
};

/** One sentence on what broke; the rule id and path travel beside it. */
export function violationMessage(rule: Rule, received: unknown, path: string): string {
  return messages[rule.check](rule, received, path);
}
