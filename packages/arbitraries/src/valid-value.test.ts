import { catalogue, forms } from "@imagegen-conformance/core";
import { describe, expect, it } from "vitest";
import { lawRuns } from "../test/law-runs.js";
import { invalidValue } from "./invalid-value.js";
import { assertLabelledViolations, assertSameValueForSameSeed, assertShrinksToSmaller, assertValidValues } from "./testing/index.js";
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

  it("the laws take a shape by name, as the generators do, in the same place: first", () => {
    assertValidValues("ImageGenToolCall", validValue("ImageGenToolCall"), { numRuns: 50 });
    assertLabelledViolations("ImageGenToolCall", invalidValue("ImageGenToolCall"), { numRuns: 50 });
    expect(() => assertValidValues("NoSuchShape", validValue("ImageGenToolCall"))).toThrow('no shape named "NoSuchShape" in the catalogue');
  });
});
