import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { harness, type OutcomeKind, RunLog, runConformance } from "../../src/index.js";

const member = new URL("./zoo/member.mjs", import.meta.url).pathname;
const corpus = loadCorpus();
const streamSlugs = ["streams/golden/one-call-2-partials", "streams/format/crlf", "streams/broken/sequence-number-repeats"];
const cases: Case[] = corpus.filter(
  (testCase) =>
    testCase.shape === "InputImageGenerationCall1" ||
    testCase.id.startsWith("rules/StatusRequestEnum3/valid/") ||
    testCase.id.startsWith("json/unknown-nested-fields") ||
    testCase.id.startsWith("findings/real-item-extra-fields") ||
    streamSlugs.some((slug) => testCase.id.startsWith(`${slug}#`)),
);
const isTrigger = (testCase: Case) => testCase.operation === "decode" && testCase.input.includes('"status":"queued"');
const triggers = cases.filter(isTrigger).map((testCase) => testCase.id);

interface Observed {
  kinds: Map<string, OutcomeKind>;
  reasons: Map<string, string>;
  records: { implementation: string; case: string; check: string; outcome: OutcomeKind; unenforced?: string[] }[];
}

async function runMember(behaviour: string): Promise<Observed> {
  const path = join(tmpdir(), `zoo-${behaviour}-${process.pid}.jsonl`);
  const log = new RunLog(path);
  await runConformance({
    targets: [harness({ command: `${process.execPath} ${member} ${behaviour}`, requestTimeoutMs: 1500, startTimeoutMs: 20_000, maxLineBytes: 64 * 1024 })],
    cases,
    seed: 1,
    log,
  });
  log.close();
  const records = readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line))
    .filter((record) => record.type === "result");
  const key = (record: { case: string; check: string }) => (record.check === "encode" ? `${record.case}@encode` : record.case);
  return {
    records,
    kinds: new Map(records.map((record) => [key(record), record.kind])),
    reasons: new Map(records.map((record) => [key(record), record.reason])),
  };
}

/** Every task got exactly one outcome, none lost or duplicated. */
function expectOneOutcomeEach(observed: Observed): void {
  const keys = observed.records.map((record) => `${record.case}@${record.check}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const testCase of cases) expect(observed.kinds.has(testCase.id), testCase.id).toBe(true);
}

/** Passed everywhere except `special`, where the kind is as given. */
function expectKinds(observed: Observed, special: readonly string[], kind: OutcomeKind): void {
  const unexpected = [...observed.kinds].filter(([key, actual]) => actual !== (special.includes(key) ? kind : "passed"));
  expect(unexpected).toEqual([]);
}

describe("the zoo of broken harnesses: each gets its verdict, every case exactly one outcome", () => {
  it("has trigger cases to break on", () => {
    expect(triggers.length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((testCase) => testCase.operation === "stream")).toHaveLength(3);
  });

  it.each([
    ["reference", [], "passed", /./],
    ["crash-mid-batch", triggers, "crashed", /exited with code 3/],
    ["hang", triggers, "timeout", /no answer within 1500 ms/],
    ["garbage", triggers, "harness-error", /not JSON: "this is not a protocol message"/],
    ["half-line", triggers, "crashed", /half a line/],
    ["huge-line", triggers, "harness-error", /line of more than 65536 bytes/],
    ["wrong-ids", triggers, "harness-error", /no result for case/],
    ["duplicate-ids", triggers, "harness-error", /2 results for case/],
    ["out-of-order", [], "passed", /./],
    ["flood-stderr", [], "passed", /./],
    ["reorder-keys", [], "passed", /./],
  ] as const)("%s", async (behaviour, special, kind, reason) => {
    const observed = await runMember(behaviour);
    expectOneOutcomeEach(observed);
    expectKinds(observed, special, kind);
    for (const key of special) expect(observed.reasons.get(key)).toMatch(reason);
  });

  it("exits 0 early: restarted and replayed, no case failed or lost", async () => {
    const observed = await runMember("exit-early");
    expectOneOutcomeEach(observed);
    const kinds = new Set(observed.kinds.values());
    for (const kind of kinds) expect(["passed", "crashed", "harness-error"]).toContain(kind);
    expect([...observed.reasons.values()].some((reason) => /exited with code 0/.test(reason))).toBe(true);
  });

  it("lies in hello: what it declared and then skipped is a harness error", async () => {
    const observed = await runMember("lying-hello");
    expectOneOutcomeEach(observed);
    const lied = cases
      .filter((testCase) => testCase.operation === "stream" || testCase.shape === "StatusRequestEnum3")
      .flatMap((testCase) => (testCase.operation === "stream" ? [testCase.id] : [testCase.id, `${testCase.id}@encode`]));
    expectKinds(observed, lied, "harness-error");
    for (const key of lied) expect(observed.reasons.get(key)).toMatch(/hello declared .* but the harness skipped it/);
  });

  it("accepts everything: fails exactly the reject cases, naming the unenforced rules", async () => {
    const observed = await runMember("accept-everything");
    expectOneOutcomeEach(observed);
    const rejects = cases.filter((testCase) => testCase.expect.verdict === "reject");
    expectKinds(
      observed,
      rejects.map((testCase) => testCase.id),
      "failed",
    );
    for (const testCase of rejects) {
      const record = observed.records.find((candidate) => candidate.case === testCase.id);
      expect(record?.unenforced).toEqual(testCase.expect.verdict === "reject" ? testCase.expect.rules : []);
    }
  });

  it("rejects everything: fails exactly the accept cases, and the open questions whose every reading accepts", async () => {
    const observed = await runMember("reject-everything");
    expectOneOutcomeEach(observed);
    const mustAccept = cases.filter(
      (testCase) =>
        testCase.expect.verdict === "accept" ||
        (testCase.expect.verdict === "implementation-defined" && testCase.expect.readings.every((reading) => reading.verdict === "accept")),
    );
    expectKinds(
      observed,
      mustAccept.map((testCase) => testCase.id),
      "failed",
    );
  });

  it("drops unknown fields while declaring preserve: fails where it dropped one; declaring drop, passes", async () => {
    const dishonest = await runMember("drop-fields");
    const dropped = cases.filter((testCase) => testCase.id.startsWith("json/unknown-nested-fields")).map((testCase) => testCase.id);
    expectKinds(dishonest, dropped, "failed");
    expect(dishonest.reasons.get(dropped[0] ?? "")).toMatch(/an unknown field was dropped/);
    const honest = await runMember("drop-fields-honestly");
    expectKinds(honest, [], "passed");
  });
});

describe("a subprocess connection asked twice at once", () => {
  it("answers each ask with its own results, in order, on one process", async () => {
    const { SubprocessConnection } = await import("../../src/index.js");
    // No restarts allowed: a mixed-up answer would have to surface, not be retried away.
    const connection = await SubprocessConnection.open({ command: `${process.execPath} ${member} reference`, batchSize: 3, restartBudget: 0 });

    const decodes = cases.filter((testCase) => testCase.operation === "decode").slice(0, 20);
    const requests = decodes.map((testCase) => ({ id: testCase.id, operation: "decode" as const, shape: testCase.shape, input: testCase.input }));
    try {
      const [first, second] = await Promise.all([connection.ask(requests.slice(0, 10)), connection.ask(requests.slice(10))]);
      const kinds = [...(first ?? []), ...(second ?? [])].map((answer) => answer.kind);
      expect(kinds).toEqual(requests.map(() => "result"));
      const ids = [...(first ?? []), ...(second ?? [])].map((answer) => (answer.kind === "result" ? answer.result.id : undefined));
      expect(ids).toEqual(requests.map((request) => request.id));
    } finally {
      await connection.close();
    }
  });
});
