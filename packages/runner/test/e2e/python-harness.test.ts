import { spawnSync } from "node:child_process";
import { isJsonObject, parseJsonText } from "@imagegen-conformance/core";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { harness, type OutcomeKind, runConformance } from "../../src/index.js";

const script = new URL("./python-harness/harness.py", import.meta.url).pathname;
const declared = ["ImageGenToolCall", "OutputImageGenerationCallItem"];
const python = spawnSync("python3", ["--version"]).status === 0;

/** The toy decoder's verdict, modelled: an object with a string type and a string id. */
function toyAccepts(input: string): boolean {
  const parsed = parseJsonText(input);
  return parsed.ok && isJsonObject(parsed.value) && typeof parsed.value.type === "string" && typeof parsed.value.id === "string";
}

/** The outcome the runner must give the toy harness on a case. */
function predicted(testCase: Case): OutcomeKind {
  if (testCase.operation !== "decode" || !declared.includes(testCase.shape)) return "skipped";
  const accepted = toyAccepts(testCase.input);
  const expect = testCase.expect;
  if (expect.verdict === "accept") return accepted ? "passed" : "failed";
  if (expect.verdict === "reject") return accepted ? "failed" : "passed";
  return expect.readings.some((reading) => reading.verdict === (accepted ? "accept" : "reject")) ? "passed" : "failed";
}

describe.skipIf(!python)("a Python harness written from docs/protocol.md alone", () => {
  it("gets exactly the verdicts predicted for its simple decoder, on the whole corpus", async () => {
    const cases = loadCorpus();
    const actual = new Map<string, OutcomeKind>();
    const summary = await runConformance({
      targets: [harness({ command: `python3 ${script}` })],
      cases,
      seed: 1,
      onOutcome: (_label, task, outcome) => actual.set(task.key, outcome.kind),
    });
    expect(summary.implementations[0]?.label).toBe("toy-python@1.0.0 · loads");
    const mismatches = cases
      .filter((testCase) => actual.get(testCase.id) !== predicted(testCase))
      .map((testCase) => `${testCase.id}: predicted ${predicted(testCase)}, got ${actual.get(testCase.id)}`);
    expect(mismatches).toEqual([]);
    const counts: Record<string, number> = {};
    for (const kind of actual.values()) counts[kind] = (counts[kind] ?? 0) + 1;
    // A decoder this simple passes what it sees of the valid cases and lets most invalid ones through.
    expect(counts.passed).toBeGreaterThan(20);
    expect(counts.failed).toBeGreaterThan(10);
    expect(counts["harness-error"] ?? 0).toBe(0);
  });
});
