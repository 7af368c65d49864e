import { catalogue, forms } from "@imagegen-conformance/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lawRuns } from "../test/law-runs.js";
import { invalidValue } from "./invalid-value.js";
import { assertLabelledViolations, assertSameValueForSameSeed, assertShrinksToSmaller } from "./testing/index.js";

describe("invalidValue", () => {
  for (const shape of catalogue) {
    it(`${shape.name}: 10,000 values break exactly the rules they are labelled with`, () => {
      assertLabelledViolations(shape, invalidValue(shape), { numRuns: Math.max(10_000, lawRuns) });
    });

    it(`${shape.name}: same seed same value, shrinks smaller, every rule reachable, every SDK form labelled right`, () => {
      const arbitrary = invalidValue(shape);
      assertSameValueForSameSeed(arbitrary, { numRuns: lawRuns });
      assertShrinksToSmaller(arbitrary, { numRuns: lawRuns });
      const labelled = new Set(fc.sample(arbitrary, { numRuns: 3000, seed: 1 }).flatMap((value) => value.violates));
      expect([...labelled].sort()).toEqual(shape.rules.map((rule) => rule.id).sort());
      for (const form of forms) assertLabelledViolations(shape, invalidValue(shape, { form }), { form, numRuns: Math.ceil(lawRuns / 4) });
    });
  }
});
