import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BaselineError } from "../src/baseline-error.js";
import { parseBaseline } from "../src/parse-baseline.js";

const levels = 5000;
const errorOf = (text: string) => {
  try {
    parseBaseline(text, "baseline.yaml");
    return "parsed";
  } catch (error) {
    expect(error).toBeInstanceOf(BaselineError);
    return (error as Error).message;
  }
};

describe("a baseline nested deeper than any baseline needs, or holding hostile text", () => {
  it.each([
    ["a flow list", `entries: ${"[".repeat(levels)}${"]".repeat(levels)}`, "baseline.yaml:1:41"],
    ["a block list", `entries:\n${"- ".repeat(levels)}x\n`, "baseline.yaml:2:63"],
    ["a flow mapping", `${"{a: ".repeat(levels)}1${"}".repeat(levels)}`, "baseline.yaml:1:129"],
  ])("%s thousands deep is one line naming the limit, not a stack overflow", (_name, text, where) => {
    expect(errorOf(text)).toBe(`${where}: expected collections nested at most 32 deep, received deeper ones`);
  });

  it("keeps a key's escape sequences and line breaks out of the message, and its length bounded", () => {
    const message = errorOf(`entries:\n  - implementation: x\n    match: y\n    "\\e]0;title\\a\\nnext ${"x".repeat(500)}": 1\n`);
    expect(message).toMatch(/^baseline\.yaml:4:5: entries\[0\] has unknown key "\\u001b\]0;title\\u0007\\nnext x+…"; expected one of /);
    expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(message.length).toBeLessThan(400);
  });

  it("any text is parsed or refused in one line (fuzzed)", () => {
    const pieces = fc.constantFrom(
      "entries:",
      "\n",
      "  - ",
      "implementation: ",
      "match: ",
      "[",
      "]",
      "{",
      "}",
      ", ",
      "*a",
      "&a ",
      '"\\e"',
      "x",
      "max_matches: ",
      "1",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat({ max: 3000 }), (list, depth) => {
        const message = errorOf(list.join("") + "[".repeat(depth));
        expect(message).not.toMatch(/[\n\r]|Maximum call stack/);
      }),
      { numRuns: 300 },
    );
  });
});
