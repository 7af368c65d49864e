import { catalogue, forms } from "@imagegen-conformance/core";
import { describe, it } from "vitest";
import { lawRuns } from "../test/law-runs.js";
import { assertSameValueForSameSeed, assertShrinksToSmaller, assertValidValues } from "./testing/index.js";
import { validValue } from "./valid-value.js";

describe("validValue", () => {
  for (const shape of catalogue) {
    for (const form of forms) {
      it(`${shape.name} (${form}): same seed same value, valid under every reading, shrinks smaller`, () => {
        const arbitrary = validValue(shape, { form });
        assertSameValueForSameSeed(arbitrary, { numRuns: lawRuns });
        assertValidValues(shape, arbitrary, { form, numRuns: lawRuns });
        assertShrinksToSmaller(arbitrary, { numRuns: lawRuns });
      });
    }
  }
});
