import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue } from "../catalogue/catalogue.js";
import { findings } from "../findings/findings.js";
import type { JsonValue } from "../json/json-value.js";
import type { Form } from "../naming/form.js";
import type { Shape } from "../shape/shape.js";
import type { Readings } from "../validate/judge.js";
import { validate } from "../validate/validate.js";
import { toJsonSchema } from "./to-json-schema.js";

const numRuns = 10_000;

/** Valid values, values breaking one rule, and values breaking several, for one shape. */
function values(shape: Shape, form: Form): fc.Arbitrary<JsonValue> {
  const scope = { fc, form, nested: (nested: { name: string }) => (catalogue.find((candidate) => candidate.name === nested.name) as Shape).arbitrary(scope) };
  const broken = shape.violations(scope).map((violation) => violation.arbitrary);
  const twiceBroken = fc
    .tuple(fc.constantFrom(...broken), fc.constantFrom(...broken))
    .chain(([first, second]) =>
      fc
        .tuple(first, second)
        .map(([left, right]) => (typeof left === "object" && left && typeof right === "object" && right ? { ...right, ...left } : left) as JsonValue),
    );
  return fc.oneof(shape.arbitrary(scope), fc.oneof(...broken), twiceBroken);
}

// The documented readings, plus each finding's other readings one at a time.
const readingSets: Readings[] = [
  {},
  ...findings.flatMap((finding) =>
    finding.readings.filter((reading) => reading.verdict && reading.name !== finding.documented).map((reading) => ({ [finding.id]: reading.name })),
  ),
];

describe("the exported JSON Schemas agree with the validator (ajv as a second opinion)", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  for (const shape of catalogue) {
    it(`${shape.name}: same verdict on ${numRuns} generated values`, () => {
      const compiled = readingSets.map((readings) => ({ readings, check: ajv.compile(toJsonSchema(shape, { readings })) }));
      const seen = { valid: 0, invalid: 0 };
      fc.assert(
        fc.property(values(shape, "wire"), fc.nat({ max: compiled.length - 1 }), (value, index) => {
          const { readings, check } = compiled[index] ?? (compiled[0] as (typeof compiled)[0]);
          const verdict = validate(shape, value, { readings }).valid;
          seen[verdict ? "valid" : "invalid"]++;
          expect(check(value)).toBe(verdict);
        }),
        { numRuns },
      );
      expect(seen.valid).toBeGreaterThan(numRuns / 10);
      expect(seen.invalid).toBeGreaterThan(numRuns / 10);
    });
  }

  it("compiles every schema in every form", () => {
    for (const shape of catalogue) {
      for (const form of ["wire", "ts", "go", "python"] as const) expect(() => ajv.compile({ ...toJsonSchema(shape, { form }), $id: undefined })).not.toThrow();
    }
  });
});
