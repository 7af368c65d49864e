import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import {
  type Connection,
  type Decoded,
  type Implementation,
  inProcess,
  type LogRecord,
  type Outcome,
  RunLog,
  referenceImplementation,
  runConformance,
  storedTextBytes,
  type Target,
} from "../src/index.js";

const cases: Case[] = loadCorpus().filter((testCase) => testCase.shape === "StatusRequestEnum3");
const [first, second] = cases.map((testCase) => testCase.id);
const fresh = () => mkdtempSync(join(tmpdir(), "containment-"));

// A message whose every use throws: an answer no judge can read.
const poisoned = {
  toString(): string {
    throw new Error("judge boom");
  },
  split(): string[] {
    throw new Error("judge boom");
  },
};

/** The reference as a decoder only, answering `answer(input)` instead where that gives something. */
const variant = (name: string, answer: (input: string) => Decoded | undefined): Implementation => ({
  describe: () => {
    const description = referenceImplementation.describe();
    return { ...description, name, capabilities: { ...description.capabilities, operations: ["decode"] } };
  },
  decode: (shape, input) => answer(input) ?? (referenceImplementation.decode?.(shape, input) as Decoded),
});

const inputOf = (id: string | undefined) => cases.find((testCase) => testCase.id === id)?.input;

async function run(targets: Target[], options: { cases?: Case[]; reproducers?: string; onOutcome?: (label: string, key: string) => void } = {}) {
  const path = join(fresh(), "run.jsonl");
  const log = new RunLog(path);
  const summary = await runConformance({
    targets,
    cases: options.cases ?? cases,
    seed: 1,
    log,
    ...(options.reproducers ? { reproducers: options.reproducers } : {}),
    ...(options.onOutcome ? { onOutcome: (label: string, task: { key: string }) => options.onOutcome?.(label, task.key) } : {}),
  });
  log.close();
  const records = readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as LogRecord);
  const results = (label: string) => records.filter((record) => record.type === "result" && record.implementation === label) as (Outcome & { case: string })[];
  return { summary, records, results };
}

const row = (summary: Awaited<ReturnType<typeof run>>["summary"], label: string) =>
  summary.implementations.find((implementation) => implementation.label === label);

describe("judging a case never aborts a run", () => {
  it("a judge that throws on an answer makes that case unjudged; the rest, and the other implementations, keep their verdicts", async () => {
    const breaker = variant("breaker", (input) =>
      input === inputOf(first) || input === inputOf(second) ? { status: "rejected", message: poisoned as never } : undefined,
    );
    const { summary, results } = await run([inProcess("breaker", breaker), inProcess("reference", referenceImplementation)]);
    const broken = results("breaker@0.1.0 · catalogue");
    expect(broken).toHaveLength(cases.length);
    const unjudged = broken.filter((result) => result.kind === "unjudged");
    expect(unjudged.map((result) => result.case).sort()).toEqual([first, second].sort());
    for (const result of unjudged) expect(result.reason).toMatch(/^the runner could not judge this case: judging threw Error: judge boom$/);
    expect(broken.filter((result) => result.kind === "passed")).toHaveLength(cases.length - 2);
    expect(row(summary, "breaker@0.1.0 · catalogue")).toMatchObject({ incomplete: true, conformant: false });
    expect(row(summary, "reference@0.1.0 · catalogue")).toMatchObject({
      incomplete: false,
      conformant: true,
      planned: results("reference@0.1.0 · catalogue").length,
    });
    expect(results("reference@0.1.0 · catalogue").every((result) => result.kind === "passed")).toBe(true);
    expect(summary.incomplete).toBe(true);
  });

  it("a reproducer directory that cannot be written makes the failing cases unjudged, and passes stay passes", async () => {
    const blocked = join(fresh(), "a-file");
    writeFileSync(blocked, "not a directory");
    const rejecting = variant("rejecting", () => ({ status: "rejected", message: "no" }));
    const { summary, results } = await run([inProcess("rejecting", rejecting), inProcess("reference", referenceImplementation)], { reproducers: blocked });
    const accepts = cases.filter((testCase) => testCase.expect.verdict === "accept").map((testCase) => testCase.id);
    const mine = results("rejecting@0.1.0 · catalogue");
    expect(
      mine
        .filter((result) => result.kind === "unjudged")
        .map((result) => result.case)
        .sort(),
    ).toEqual(accepts.sort());
    expect(mine.find((result) => result.kind === "unjudged")?.reason).toMatch(
      /^the runner could not judge this case: writing the reproducer threw Error: E(NOTDIR|EXIST)/,
    );
    expect(mine.filter((result) => result.kind === "passed")).toHaveLength(cases.length - accepts.length);
    expect(row(summary, "reference@0.1.0 · catalogue")).toMatchObject({ conformant: true });
  });

  it("planning that throws, and an outcome callback that throws, make only their case unjudged", async () => {
    // A case that cannot even say what it is: planning it throws.
    const unplannable = Object.defineProperty({ ...(cases[2] as Case), id: "rules/unplannable#00000000" }, "operation", {
      get(): never {
        throw new RangeError("Maximum call stack size exceeded");
      },
    });
    const plain = variant("plain", () => undefined);
    const { summary, results } = await run([inProcess("plain", plain)], {
      cases: [...cases, unplannable],
      onOutcome: (_label, key) => {
        if (key === second) throw new Error("callback boom");
      },
    });
    const mine = results("plain@0.1.0 · catalogue");
    expect(mine).toHaveLength(cases.length + 1);
    const unjudged = Object.fromEntries(mine.filter((result) => result.kind === "unjudged").map((result) => [result.case, result.reason]));
    expect(unjudged).toEqual({
      "rules/unplannable#00000000": "the runner could not judge this case: planning threw RangeError: Maximum call stack size exceeded",
      [second as string]: "the runner could not judge this case: the outcome callback threw Error: callback boom",
    });
    expect(row(summary, "plain@0.1.0 · catalogue")).toMatchObject({ planned: cases.length + 1, incomplete: true, conformant: false });
    expect(row(summary, "plain@0.1.0 · catalogue")?.counts.unjudged).toBe(2);
  });

  it("stores at most the first 4096 bytes of a reason, with its full size", async () => {
    const huge = "é".repeat(3_000_000);
    const talker = variant("talker", () => ({ status: "rejected", message: huge }));
    const { results } = await run([inProcess("talker", talker)]);
    const reasons = results("talker@0.1.0 · catalogue").map((result) => result.reason);
    expect(reasons.every((reason) => Buffer.byteLength(reason) < storedTextBytes + 100)).toBe(true);
    expect(reasons.some((reason) => reason.endsWith(`…(${Buffer.byteLength(`rejected: ${huge}`)} bytes in all)`))).toBe(true);
  });

  it("records the protocol violations a connection reports after close as harness errors", async () => {
    const connect = async (): Promise<Connection> => {
      const inner = await inProcess("reference", referenceImplementation).connect();
      return {
        description: inner.description,
        ask: (requests) => inner.ask(requests),
        close: () => inner.close(),
        violations: ['a second results for run "r3"'],
      };
    };
    const { summary, results } = await run([{ name: "late", reach: { impl: "reference" }, connect }]);
    const protocol = results("reference@0.1.0 · catalogue").filter((result) => result.case.startsWith("protocol/"));
    expect(protocol).toEqual([
      expect.objectContaining({ case: "protocol/violation-1", check: "protocol", kind: "harness-error", reason: 'a second results for run "r3"' }),
    ]);
    expect(row(summary, "reference@0.1.0 · catalogue")).toMatchObject({ conformant: false, harnessProblems: 1 });
  });

  it("writes the plan into the log: case ids in the header, tasks planned per implementation", async () => {
    const { records } = await run([inProcess("reference", referenceImplementation)]);
    expect(records[0]).toMatchObject({ type: "header", cases: cases.length, caseIds: cases.map((testCase) => testCase.id) });
    const planned = records.find((record) => record.type === "implementation");
    expect(planned).toMatchObject({ planned: records.filter((record) => record.type === "result").length });
  });
});
