import { catalogue, forms, ObjectShape, validate, validateInterpreted } from "@imagegen-conformance/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forwardCompatibleValue } from "../src/forward-compatible-value.js";
import { invalidValue } from "../src/invalid-value.js";
import { strictReadings } from "../src/testing/laws.js";
import { validValue } from "../src/valid-value.js";

// The bar: at least 100,000 values per shape, valid and invalid, every rule. FC_NUM_RUNS raises it, never lowers it.
const runs = Math.max(100_000, Number(process.env.FC_NUM_RUNS) || 0);
// The seed is fast-check's global one (scripts/fast-check-seed.ts prints it; FC_SEED replays it).
describe("the compiled judge gives the interpreted judge's verdict", () => {
  for (const shape of catalogue) {
    it(`${shape.name}: the same errors and disputes, in the same order, for ${runs.toLocaleString("en")} values`, () => {
      const values = forms.flatMap((form) => [
        validValue(shape, { form }).map((value) => ({ value, form })),
        invalidValue(shape, { form }).map(({ value }) => ({ value, form })),
        ...(shape instanceof ObjectShape ? [forwardCompatibleValue(shape, { form }).map(({ value }) => ({ value, form }))] : []),
      ]);
      // Any JSON at all, for the paths no generator of this shape takes (an array where an object goes, say).
      const anything = fc.jsonValue({ maxDepth: 2 }).map((value) => ({ value, form: "wire" as const }));
      const broken = new Set<string>();
      fc.assert(
        fc.property(fc.oneof(...values, anything), fc.boolean(), ({ value, form }, strict) => {
          const options = { form, ...(strict ? { readings: strictReadings } : {}) };
          const oracle = validateInterpreted(shape, value, options);
          for (const violation of [...oracle.errors, ...oracle.disputed]) broken.add(violation.rule);
          const compiled = validate(shape, value, options);
          // Comparing the texts first: expect's deep equality on every one of 2.9 million values would double the test.
          if (JSON.stringify(compiled) !== JSON.stringify(oracle)) expect(compiled).toStrictEqual(oracle);
        }),
        { numRuns: runs },
      );
      // Not vacuous: every rule of the shape was broken by some value and judged alike.
      expect(shape.rules.map((rule) => rule.id).filter((rule) => !broken.has(rule))).toEqual([]);
    });
  }

  it("a value its checks cannot read gets the interpreted judge's reason", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("revoked");
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("revoked");
        },
      },
    );
    const shape = catalogue.find((candidate) => candidate instanceof ObjectShape);
    if (!shape) throw new Error("the catalogue has no object shape");
    expect(validate(shape, hostile)).toStrictEqual(validateInterpreted(shape, hostile));
    expect(validate(shape, hostile).errors.at(-1)?.message).toBe("the value could not be read: revoked");
  });
});
