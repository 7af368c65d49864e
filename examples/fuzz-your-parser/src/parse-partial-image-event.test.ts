import { test } from "@fast-check/vitest";
import { invalidValue, validValue } from "@imagegen-conformance/arbitraries";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { parsePartialImageEvent } from "./parse-partial-image-event.js";

const shape = "ImageGenCallPartialImageEvent";

describe("my parser against the corpus", () => {
  // Required cases with a verdict: every one must come out as the corpus says.
  const cases = loadCorpus().filter(
    (testCase) => testCase.shape === shape && testCase.level === "required" && testCase.expect.verdict !== "implementation-defined",
  );
  it.each(cases.map((testCase) => [testCase.id, testCase]))("%s", (_id, testCase) => {
    expect(parsePartialImageEvent(testCase.input).ok).toBe(testCase.expect.verdict === "accept");
  });
});

describe("my parser against generated values", () => {
  test.prop([validValue(shape)])("accepts every valid event", (value) => {
    expect(parsePartialImageEvent(JSON.stringify(value))).toMatchObject({ ok: true });
  });

  test.prop([invalidValue(shape)])("rejects every invalid event (the label says which rule it breaks)", ({ value }) => {
    expect(parsePartialImageEvent(JSON.stringify(value))).toMatchObject({ ok: false });
  });
});
