import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GateResult } from "../src/baseline.js";
import { BaselineError } from "../src/baseline-error.js";
import { evaluateGate } from "../src/evaluate-gate.js";
import { casePattern } from "../src/match-pattern.js";
import { parseBaseline } from "../src/parse-baseline.js";
import { updateBaseline } from "../src/update-baseline.js";

const today = "2026-11-21";
const fail = (key: string, reason = "accepted a value that breaks X/y/enum", implementation = "sdk@1"): GateResult => ({
  implementation,
  key,
  kind: "failed",
  reason,
});
const pass = (key: string, implementation = "sdk@1"): GateResult => ({ implementation, key, kind: "passed", reason: "ok" });
const gate = (yaml: string, results: GateResult[]) => evaluateGate(results, parseBaseline(yaml, "baseline.yaml"), today);
const kinds = (yaml: string, results: GateResult[]) => gate(yaml, results).problems.map((problem) => problem.kind);

describe("release gating: each rule fails a run when, and only when, its condition holds", () => {
  const entry = (fields: string) => `entries:\n  - implementation: "sdk@1"\n${fields}`;

  it("a failure not listed fails; listed, it does not", () => {
    expect(kinds("entries: []", [fail("rules/A/x#00000001")])).toEqual(["new-failure"]);
    expect(kinds(entry('    match: "rules/A/x"\n'), [fail("rules/A/x#00000001")])).toEqual([]);
    expect(kinds(entry('    match: "rules/A/x"\n'), [fail("rules/A/x#00000001"), pass("rules/B/y#00000002")])).toEqual([]);
  });

  it("a listed failure that now passes fails; a flaky one never does", () => {
    expect(kinds(entry('    match: "rules/A/x"\n'), [pass("rules/A/x#00000001")])).toEqual(["now-passes"]);
    expect(kinds(entry('    match: "rules/A/x"\n    status: flaky\n'), [pass("rules/A/x#00000001")])).toEqual([]);
    expect(kinds(entry('    match: "rules/A/x"\n    status: flaky\n'), [fail("rules/A/x#00000001")])).toEqual([]);
  });

  it("an entry that matches nothing fails", () => {
    expect(kinds(entry('    match: "rules/Nope/*"\n'), [pass("rules/A/x#00000001")])).toEqual(["matches-nothing"]);
    expect(kinds(entry('    match: "rules/A/*"\n'), [fail("rules/A/x#00000001")])).toEqual([]);
  });

  it("a wildcard matching more than the cap fails; at the cap it does not", () => {
    const results = Array.from({ length: 21 }, (_, index) => fail(`rules/A/case-${index}#0000000${index % 10}`));
    expect(kinds(entry('    match: "rules/A/*"\n'), results)).toEqual(["too-broad"]);
    expect(kinds(entry('    match: "rules/A/*"\n'), results.slice(0, 20))).toEqual([]);
    expect(kinds(`max_matches: 25\n${entry('    match: "rules/A/*"\n')}`, results)).toEqual([]);
    expect(kinds(entry('    match: "rules/A/*"\n    max_matches: 30\n'), results)).toEqual([]);
  });

  it("an expired entry fails; one that expires later, or today, does not", () => {
    expect(kinds(entry('    match: "rules/A/x"\n    expires: 2026-11-20\n'), [fail("rules/A/x#00000001")])).toEqual(["expired"]);
    expect(kinds(entry('    match: "rules/A/x"\n    expires: 2026-11-21\n'), [fail("rules/A/x#00000001")])).toEqual([]);
  });

  it("an expected message prefix that no longer fits fails", () => {
    expect(kinds(entry('    match: "rules/A/x"\n    message: "failed: accepted"\n'), [fail("rules/A/x#00000001")])).toEqual([]);
    expect(kinds(entry('    match: "rules/A/x"\n    message: "failed: rejected"\n'), [fail("rules/A/x#00000001")])).toEqual(["message-changed"]);
  });

  it("says what to change", () => {
    const verdict = gate(entry('    match: "rules/A/x"\n'), [pass("rules/A/x#00000001"), fail("rules/B/y#00000002")]);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((problem) => problem.message)).toEqual([
      "entry 1 (sdk@1 rules/A/x) expects sdk@1 rules/A/x#00000001 to fail, but it now passes: remove it from the baseline",
      "new failure: sdk@1 rules/B/y#00000002: failed: accepted a value that breaks X/y/enum — fix it, or add it to the baseline (imagegen-conformance baseline update)",
    ]);
  });
});

describe("patterns", () => {
  it("* stays within a segment, ** crosses them, and without # the hash is ignored", () => {
    expect(casePattern("rules/A/*")("rules/A/x#12345678")).toBe(true);
    expect(casePattern("rules/*")("rules/A/x#12345678")).toBe(false);
    expect(casePattern("rules/**")("rules/A/x#12345678")).toBe(true);
    expect(casePattern("rules/A/x#12345678")("rules/A/x#12345678")).toBe(true);
    expect(casePattern("rules/A/x#87654321")("rules/A/x#12345678")).toBe(false);
    expect(casePattern("rules/A/x@encode")("rules/A/x#12345678@encode")).toBe(true);
    expect(casePattern("rules/A/x")("rules/A/x#12345678@encode")).toBe(false);
  });
});

describe("baseline update", () => {
  it("adds new failures and removes stale entries, so the updated baseline passes", () => {
    const text =
      'entries:\n  # kept: still failing\n  - implementation: "sdk@1"\n    match: "rules/A/x"\n    issue: "https://example.com/1"\n  - implementation: "sdk@1"\n    match: "rules/Gone/*"\n';
    const results = [fail("rules/A/x#00000001"), fail("rules/B/y#00000002")];
    const update = updateBaseline(text, parseBaseline(text, "b.yaml"), results, today);
    expect([update.added, update.removed]).toEqual([1, 1]);
    expect(update.text).toContain("# kept: still failing");
    expect(update.text).toContain("https://example.com/1");
    expect(gate(update.text, results).ok).toBe(true);
  });
});

describe("fuzz counterexamples are gated by class, not by the input shrinking ended on", () => {
  const found = (slug: string, reason: string, implementation = "sdk@1") =>
    fail(`counterexamples/A/${slug}#00000001`, `${reason} (found by fuzzing: ${implementation}:failed other@2:failed)`, implementation);
  const before = [found("aaaaaaaaaa", 'accepted, but the round trip changed it: /prompt: the field was dropped (it held ""); /id: changed')];
  const text = updateBaseline("", parseBaseline("entries: []\n", "b.yaml"), before, today).text;

  it("writes one entry per implementation, shape and kind of failure, without values or the fuzz signature", () => {
    expect(parseBaseline(text, "b.yaml").entries).toEqual([
      {
        implementation: "sdk@*",
        match: "counterexamples/A/*",
        status: "failing",
        message: "failed: accepted, but the round trip changed it: /prompt: the field was dropped; /id: changed",
      },
    ]);
  });

  it("another shrink of the same failure passes; another kind of failure on the shape is new", () => {
    const reshrunk = [found("bbbbbbbbbb", 'accepted, but the round trip changed it: /prompt: the field was dropped (it held "x"); /id: changed')];
    expect(kinds(text, reshrunk)).toEqual([]);
    expect(kinds(text, [...reshrunk, found("cccccccccc", "accepted a value that breaks A/status/enum")])).toEqual(["new-failure"]);
  });

  it("a class not found again is no failure (fuzzing explores; not finding it is no evidence of a fix)", () => {
    expect(kinds(text, [pass("rules/A/x#00000001")])).toEqual([]);
  });

  it("numbers and quoted values do not make a new class", () => {
    const counted = (sent: number) =>
      updateBaseline("", parseBaseline("entries: []\n", "b.yaml"), [found("d", `${sent - 7} events came back, ${sent} were sent`)], today);
    expect(counted(9).text).toBe(counted(12).text);
  });
});

describe("malformed baselines", () => {
  it.each([
    ["entries: [\n", /^b\.yaml:2:1: not YAML: /],
    ["entries:\n  - match: x\n", /^b\.yaml:2:5: entries\[0\] needs "implementation"$/],
    ["entries:\n  - implementation: a\n    match: x\n    status: broken\n", /^b\.yaml:4:13: entries\[0\]\.status must be failing or flaky, received "broken"$/],
    ['entries:\n  - implementation: a\n    match: x\n    expires: "tomorrow"\n', /^b\.yaml:4:14: entries\[0\]\.expires must be a date YYYY-MM-DD/],
    ["entries:\n  - implementation: a\n    match: x\n    expire: 2026-01-01\n", /^b\.yaml:4:5: entries\[0\] has unknown key "expire"/],
    ["entrys: []\n", /^b\.yaml:1:1: unknown key "entrys"/],
    ["max_matches: -1\n", /^b\.yaml:1:14: max_matches must be a positive integer/],
  ])("%j is one line with its location", (text, message) => {
    expect(() => parseBaseline(text, "b.yaml")).toThrow(message);
  });

  it("turns any text into a baseline or one line of why, never a crash (fuzzed)", () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string(), fc.constantFrom("entries:\n  - implementation: a\n    match: b\n", "max_matches: 3\n"))
          .chain((base) => fc.tuple(fc.constant(base), fc.nat({ max: base.length }), fc.string({ maxLength: 4 }))),
        ([base, at, junk]) => {
          try {
            parseBaseline(base.slice(0, at) + junk + base.slice(at), "b.yaml");
          } catch (error) {
            expect(error).toBeInstanceOf(BaselineError);
            expect((error as Error).message).toMatch(/^b\.yaml(:\d+:\d+)?: [^\n]+$/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("behaviours in the gate", () => {
  const results: GateResult[] = [
    { implementation: "sdk@1", key: "rules/a", kind: "failed", reason: "accepted a value that breaks X/id/type", behaviour: "~ lenient" },
    { implementation: "sdk@1", key: "rules/b", kind: "errored", reason: "TypeError: boom" },
  ];

  it("a new failure says what the SDK does, and baseline update writes it above the entry it adds", () => {
    const verdict = evaluateGate(results, parseBaseline("entries: []\n", "b.yaml"), "2026-12-01");
    expect(verdict.problems.map((problem) => problem.message.split(": failed")[0])).toContain("new failure: sdk@1 rules/a (~ lenient)");
    const updated = updateBaseline("", parseBaseline("", "b.yaml"), results, "2026-12-01");
    expect(updated.added).toBe(2);
    expect(updated.text).toMatch(/# ~ lenient\n {2}- implementation: sdk@\*\n {4}match: rules\/a\n/);
    expect(evaluateGate(results, parseBaseline(updated.text, "b.yaml"), "2026-12-01").ok).toBe(true);
  });
});
