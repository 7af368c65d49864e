import { assemble, type Form, type JsonValue, ObjectShape, type Shape, type ShapeViolation } from "@imagegen-conformance/core";
import fc from "fast-check";
import { resolveShape } from "./_internals/resolve-shape.js";
import { arbitraryScope } from "./_internals/scope.js";
import type { LabelledValue } from "./labelled-value.js";

export interface InvalidValueConstraints {
  form?: Form;
  /** How many rules one value breaks at most (each on a different field). Default 3. */
  maxRules?: number;
}

type Part = { value: JsonValue | undefined; rule?: string };
const labelled = (violation: ShapeViolation) => violation.arbitrary.map((value): Part => ({ value, rule: violation.rule.id }));

/**
 * Values that break one or more rules, each labelled with exactly the rules it
 * breaks: a required field dropped, a wrong JSON type, a null where none is
 * allowed, a value outside the enum, a wrong literal, a non-integer.
 *
 * Each field is either valid or broken in one way, and stays so while shrinking,
 * so a shrunk value keeps its labels and only gets smaller.
 */
export function invalidValue(shape: Shape | string, constraints: InvalidValueConstraints = {}): fc.Arbitrary<LabelledValue> {
  const resolved = resolveShape(shape);
  const scope = arbitraryScope(constraints.form ?? "wire");
  const violations = resolved.violations(scope);
  const whole = fc
    .oneof(...violations.filter((violation) => violation.key === undefined).map(labelled))
    .map(({ value, rule }) => ({ value: value ?? null, violates: rule ? [rule] : [] }));
  if (!(resolved instanceof ObjectShape)) return whole;
  const fields = resolved.fieldArbitraries(scope).map(({ key, arbitrary }) => {
    const broken = violations.filter((violation) => violation.key === key).map(labelled);
    return { key, part: fc.oneof({ weight: 3 * broken.length, arbitrary: arbitrary.map((value): Part => ({ value })) }, ...broken) };
  });
  const maxRules = constraints.maxRules ?? 3;
  const changed = fc
    .tuple(...fields.map((field) => field.part))
    .filter((parts) => {
      const count = parts.filter((part) => part.rule !== undefined).length;
      return count >= 1 && count <= maxRules;
    })
    .map((parts) => ({
      value: assemble(
        fields,
        parts.map((part) => part.value),
      ),
      violates: parts.flatMap((part) => (part.rule ? [part.rule] : [])),
    }));
  return fc.oneof({ weight: 6, arbitrary: changed }, { weight: 1, arbitrary: whole });
}
