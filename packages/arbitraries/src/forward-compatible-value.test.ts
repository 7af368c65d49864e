import { catalogue, ObjectShape, validate } from "@imagegen-conformance/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lawRuns } from "../test/law-runs.js";
import { forwardCompatibleValue } from "./forward-compatible-value.js";
import { assertSameValueForSameSeed, assertShrinksToSmaller, strictReadings } from "./testing/index.js";

describe("forwardCompatibleValue", () => {
  for (const shape of catalogue.filter((candidate) => candidate instanceof ObjectShape)) {
    it(`${shape.name}: unknown fields are valid, unknown values break only their rule; laws hold`, () => {
      const arbitrary = forwardCompatibleValue(shape);
      fc.assert(
        fc.property(arbitrary, ({ value, change, violates }) => {
          const reported = validate(shape, value, { readings: strictReadings }).errors.map((error) => error.rule);
          expect(reported).toEqual(violates);
          if (change === "unknown-field") expect(violates).toEqual([]);
        }),
        { numRuns: lawRuns },
      );
      assertSameValueForSameSeed(arbitrary, { numRuns: lawRuns });
      assertShrinksToSmaller(arbitrary, { numRuns: lawRuns });
    });
  }
});
