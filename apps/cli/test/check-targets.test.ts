import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { harness, inProcess, RunLog, referenceImplementation } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { leftBehind, readNotes } from "../../../packages/runner/test/e2e/left-behind.js";
import { checkTargets } from "../src/commands/matrix/check-targets.js";

const member = new URL("../../../packages/runner/test/e2e/zoo/member.mjs", import.meta.url).pathname;
// Some hold "status":"queued", the cases a crashing member crashes on.
const cases = loadCorpus().filter((testCase) => testCase.shape === "InputImageGenerationCall1");

/** The matrix's corpus and campaign against the reference and one zoo member; each start of the member notes its pid. */
async function matrixOf(behaviour: string, fuzzRuns: number) {
  const directory = mkdtempSync(join(tmpdir(), "check-targets-"));
  const notes = join(directory, "notes.jsonl");
  const target = harness({ command: `${process.execPath} ${member} ${behaviour}`, env: { ...process.env, ZOO_NOTES: notes }, requestTimeoutMs: 1500 });
  const log = new RunLog(join(directory, "run.jsonl"));
  let stderr = "";
  const io = {
    stdout: () => {},
    stderr: (text: string) => {
      stderr += text;
    },
    stdin: async () => "",
    interactive: false,
  };
  const summary = await checkTargets(io, [inProcess("reference", referenceImplementation), target], cases, log, {
    seed: 1,
    gated: ["required"],
    directory,
    args: [],
    fuzzRuns,
  });
  log.close();
  const starts = readNotes(notes).flatMap((note) => ("role" in note && note.role === "member" ? [note.pid] : []));
  const records = readFileSync(log.path, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  return { summary, stderr, starts, records, left: await leftBehind(starts) };
}

describe("checkTargets", () => {
  it("should start each harness once for the corpus and the fuzz campaign, and leave none running", async () => {
    const { summary, stderr, starts, left } = await matrixOf("reference", 20);
    expect(summary.conformant).toBe(true);
    expect(stderr).toMatch(/^matrix: fuzzing 20 inputs across 2 implementations/m);
    expect(starts).toHaveLength(1);
    expect(left).toEqual([]);
  });

  it("should record what a harness writes when it is stopped as the corpus's violation, after the campaign", async () => {
    const { summary, records } = await matrixOf("answer-after-last", 20);
    const violations = records.filter((record) => record.type === "result" && record.check === "protocol");
    expect(violations).toEqual([
      expect.objectContaining({ implementation: "zoo-answer-after-last@0.1.0 · catalogue", case: "protocol/violation-1", kind: "harness-error" }),
    ]);
    expect(violations[0].reason).toMatch(/after the last results: a second results for run "r\d+"/);
    expect(summary.implementations[1]).toMatchObject({ harnessProblems: 1, conformant: false });
  });

  it("should start nothing twice without a campaign either", async () => {
    const { stderr, starts, left } = await matrixOf("reference", 0);
    expect(stderr).not.toMatch(/fuzzing/);
    expect(starts).toHaveLength(1);
    expect(left).toEqual([]);
  });
});
