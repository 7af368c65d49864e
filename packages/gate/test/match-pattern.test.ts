import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casePattern, implementationPattern } from "../src/match-pattern.js";

// The regex translation the matcher replaced: the semantics it must keep (on text without line breaks, which `.` skips).
const escapeRegex = (text: string) => text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
function regexCasePattern(pattern: string): (key: string) => boolean {
  const source = pattern
    .split("**")
    .map((part) =>
      part
        .split("*")
        .map((piece) => escapeRegex(piece).replaceAll("?", "[^/]"))
        .join("[^/]*"),
    )
    .join(".*");
  const regex = new RegExp(`^${source}$`);
  const withHash = pattern.includes("#");
  return (key) => regex.test(withHash ? key : key.replace(/#[0-9a-f]{8}/, ""));
}
const regexImplementationPattern = (pattern: string) => {
  const regex = new RegExp(`^${pattern.split("*").map(escapeRegex).join(".*")}$`);
  return (label: string) => regex.test(label);
};

const hash = fc.stringMatching(/^#[0-9a-f]{8}$/);
const piece = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((list) => list.join(""));
const id = fc
  .tuple(piece(["a", "b", "/", ".", "@", "(", "1"]), fc.option(hash), piece(["a", "/", "@", "e"]))
  .map(([head, tag, tail]) => head + (tag ?? "") + tail);
const pattern = fc
  .array(fc.constantFrom("a", "b", "/", "*", "**", "?", ".", "@", "(", "[", "+", "#", "1", "e"), { maxLength: 10 })
  .map((list) => list.join(""));

describe("case and implementation patterns", () => {
  it("agree with the regex translation on small patterns and ids", () => {
    fc.assert(
      fc.property(pattern, id, (glob, key) => {
        expect(casePattern(glob)(key)).toBe(regexCasePattern(glob)(key));
      }),
      { numRuns: 5000 },
    );
  });

  it("agree with it on implementation labels (`?` aside: the regex took it for a quantifier)", () => {
    const label = piece(["a", "b", "@", ".", "-", "1"]);
    const glob = fc.array(fc.constantFrom("a", "b", "*", "@", ".", "1", "("), { maxLength: 8 }).map((list) => list.join(""));
    fc.assert(
      fc.property(glob, label, (implementation, text) => {
        expect(implementationPattern(implementation)(text)).toBe(regexImplementationPattern(implementation)(text));
      }),
      { numRuns: 3000 },
    );
    expect(implementationPattern("sdk?")("sdk?")).toBe(true);
    expect(implementationPattern("sdk?")("sdk")).toBe(false);
  });

  it("keep the documented examples", () => {
    expect(casePattern("rules/A/?")("rules/A/x#12345678")).toBe(true);
    expect(casePattern("rules/?")("rules//")).toBe(false);
    expect(casePattern("rules/**/x")("rules/A/B/x#12345678")).toBe(true);
    expect(casePattern("rules/*/x")("rules/A/B/x#12345678")).toBe(false);
  });

  it("finish on a pattern that backtracks catastrophically as a regex, on a long id", () => {
    const hostile = "**?**?**?**?**?**?**?**?Z";
    const key = `${"counterexamples/".repeat(40)}${"a".repeat(4000)}#0123abcd`;
    const started = Date.now();
    expect(casePattern(hostile)(key)).toBe(false);
    expect(casePattern(hostile)(`${key}Z`)).toBe(true);
    expect(casePattern(`${hostile}#*`)(`${key}Z`)).toBe(false);
    expect(implementationPattern("*a*a*a*a*a*a*a*a*a*b")("a".repeat(20_000))).toBe(false);
    // A hang bound, not a speed test: the regex took over a minute on one id of 100 characters.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
