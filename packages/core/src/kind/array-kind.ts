import type { JsonValue } from "../json/json-value.js";
import { otherJson } from "./_internals/other-json.js";
import type { FieldScope, Kind } from "./kind.js";

/** Whether a non-null element passes every check of its kind. */
function passes<T extends JsonValue>(element: Kind<T>, member: unknown, scope: FieldScope): boolean {
  let broken = false;
  element.validate(member, {
    ...scope,
    report() {
      broken = true;
    },
    nest() {
      throw new Error("unreachable: arrayOf refuses a nesting element kind");
    },
  });
  return !broken;
}

/**
 * A JSON array whose elements all have one scalar kind, such as `categories: Array<string>`. Two checks:
 * the value is an array (`type`), and every element passes the element kind (`items`), so a wrong
 * element breaks a rule of its own. A null element breaks `items` too.
 */
export function arrayOf<T extends JsonValue>(element: Kind<T>): Kind<T[]> {
  if ("nestedShape" in element) throw new TypeError("arrayOf holds scalar kinds only: a nested shape's rules would go unreported");
  const expected = element.checks.find(({ check }) => check === "type")?.expected ?? "value";
  return {
    checks: [
      { check: "type", expected: "array" },
      { check: "items", expected: `every element a ${expected}` },
    ],
    validate(value, scope) {
      if (!Array.isArray(value)) {
        scope.report("type", value);
        return;
      }
      // One report per array, naming the first element that breaks it: the rule is about the array.
      // The index, not the element: a JavaScript array may hold `undefined`, which `find` could not tell from none.
      const wrong = value.findIndex((member) => member === null || !passes(element, member, scope));
      if (wrong !== -1) scope.report("items", value[wrong]);
    },
    compile(scope) {
      const member = element.compile(scope);
      return (value, parent, key, report) => {
        if (!Array.isArray(value)) return { check: "type", received: value };
        for (const item of value) if (item === null || member(item, parent, key, report) !== undefined) return { check: "items", received: item };
        return undefined;
      };
    },
    schema(scope) {
      if (!scope.enforced("items")) return { type: "array" };
      return { type: "array", items: element.schema({ ...scope, enforced: () => true, admitted: () => [] }) };
    },
    arbitrary: (scope) => scope.fc.array(element.arbitrary(scope), { maxLength: 3 }),
    violations(scope) {
      const { fc } = scope;
      const good = fc.array(element.arbitrary(scope), { maxLength: 2 });
      const bad = fc.oneof(fc.constant(null), ...element.violations(scope).map(({ arbitrary }) => arbitrary));
      return [
        { check: "type", arbitrary: otherJson(fc, "array") },
        { check: "items", arbitrary: fc.tuple(good, bad, good).map(([before, member, after]) => [...before, member, ...after]) },
      ];
    },
  };
}
