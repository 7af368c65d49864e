import { test } from "@fast-check/vitest";
import { invalidValue } from "@imagegen-conformance/arbitraries";
import { expect } from "vitest";
import { parseWithABug } from "./parse-with-a-bug.js";

// Run by test/replay.test.ts to show a failure and its replay; not part of the example's own suite.
test.prop([invalidValue("ImageGenCallPartialImageEvent")], { numRuns: 5000 })("rejects every invalid event", ({ value, violates }) => {
  expect(parseWithABug(JSON.stringify(value)), `breaks ${violates.join(", ")}`).toMatchObject({ ok: false });
});
