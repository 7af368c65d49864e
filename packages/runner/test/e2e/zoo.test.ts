import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { type Connection, type HarnessOptions, harness, type OutcomeKind, RunLog, runConformance } from "../../src/index.js";
import { leftBehind, type Note, readNotes } from "./left-behind.js";

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
  records: { implementation: string; case: string; check: string; kind: OutcomeKind; unenforced?: string[]; stderr?: string }[];
  /** The implementation record the log holds for the member. */
  implementation: { implementation: string; description?: { name: string } };
  /** What the connection recorded as violations no case could carry. */
  violations: readonly string[];
  notes: Note[];
}

/** However a member misbehaves, its run ends within this. */
const boundMs = 60_000;

async function runMember(behaviour: string, options: Partial<HarnessOptions> = {}): Promise<Observed> {
  const path = join(tmpdir(), `zoo-${behaviour}-${process.pid}.jsonl`);
  const notesPath = join(tmpdir(), `zoo-${behaviour}-${process.pid}.notes`);
  rmSync(notesPath, { force: true });
  const log = new RunLog(path);
  const target = harness({
    command: `${process.execPath} ${member} ${behaviour}`,
    env: { ...process.env, ZOO_NOTES: notesPath },
    requestTimeoutMs: 1500,
    startTimeoutMs: 20_000,
    maxLineBytes: 64 * 1024,
    ...options,
  });
  let connection: Connection | undefined;
  const run = runConformance({
    targets: [{ ...target, connect: async () => (connection = await target.connect()) }],
    cases,
    seed: 1,
    log,
  });
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([run.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), boundMs)))]);
  clearTimeout(timer);
  expect(ended, `the run ended within ${boundMs} ms`).toBe(true);
  log.close();
  const notes = readNotes(notesPath);
  const pids = notes.flatMap((note) => ("pid" in note ? [note.pid] : []));
  expect(pids.length).toBeGreaterThan(0);
  expect(await leftBehind(pids), "processes left behind").toEqual([]);
  const lines = readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  const records = lines.filter((record) => record.type === "result");
  const key = (record: { case: string; check: string }) => (record.check === "encode" ? `${record.case}@encode` : record.case);
  return {
    records,
    implementation: lines.find((record) => record.type === "implementation"),
    violations: connection?.violations ?? [],
    notes,
    kinds: new Map(records.map((record) => [key(record), record.kind])),
    reasons: new Map(records.map((record) => [key(record), record.reason])),
  };
}

const members = (observed: Observed) => observed.notes.filter((note) => "role" in note && note.role === "member");

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
    ["leak-child", [], "passed", /./],
    ["blank-lines", [], "passed", /./],
    ["ghost-ids", triggers, "harness-error", /"ghost", which the run did not ask for.*"__proto__".*"constructor"/],
    ["invalid-utf8", triggers, "harness-error", /line of \d+ bytes that is not valid UTF-8/],
    ["double-answer", triggers, "harness-error", /a second results for run "r\d+", already answered/],
  ] as const)("%s", async (behaviour, special, kind, reason) => {
    const observed = await runMember(behaviour);
    expectOneOutcomeEach(observed);
    expectKinds(observed, special, kind);
    for (const key of special) expect(observed.reasons.get(key)).toMatch(reason);
    expect(observed.violations).toEqual([]);
  });

  it("crashes while its child holds stdout: crashed at once, not a timeout; the child dies with it", async () => {
    // A request timeout far beyond the bound: only noticing the exit itself can finish in time.
    const observed = await runMember("crash-with-child", { requestTimeoutMs: boundMs });
    expectOneOutcomeEach(observed);
    expectKinds(observed, triggers, "crashed");
    for (const key of triggers) expect(observed.reasons.get(key)).toMatch(/exited with code 3/);
    // One child per start, and every one of them is gone (asserted in runMember).
    expect(observed.notes.filter((note) => "role" in note && note.role === "child").length).toBe(members(observed).length);
    expect(members(observed).length).toBeGreaterThan(1);
  });

  it.each([
    ["concurrent", 1],
    ["unordered", 3],
  ] as const)("answers runs concurrently, out of order (%s, in_flight %i): passes, never restarted", async (behaviour, inFlight) => {
    const observed = await runMember(behaviour);
    expectOneOutcomeEach(observed);
    expectKinds(observed, [], "passed");
    expect(members(observed)).toHaveLength(1);
    const most = Math.max(...observed.notes.flatMap((note) => ("inFlight" in note ? [note.inFlight] : [])));
    // Never more than declared; and where the harness allows more than one, the runner uses it.
    expect(most).toBeLessThanOrEqual(inFlight);
    if (inFlight > 1) expect(most).toBeGreaterThan(1);
  });

  it("rejects with a 50 MB message: a harness error naming the size, and a small reason", async () => {
    const observed = await runMember("huge-message", { maxLineBytes: 64 * 1024 * 1024, requestTimeoutMs: 20_000 });
    expectOneOutcomeEach(observed);
    expectKinds(observed, triggers, "harness-error");
    for (const key of triggers) {
      expect(observed.reasons.get(key)).toMatch(/rejected message of case .* is 52428800 bytes, over max_message_bytes \(65536\)/);
      expect(observed.reasons.get(key)?.length).toBeLessThan(1000);
    }
  });

  it("answers the last run a second time, after it: a violation of the connection, never conformant", async () => {
    const observed = await runMember("answer-after-last");
    expectOneOutcomeEach(observed);
    expect(observed.violations).toHaveLength(1);
    expect(observed.violations[0]).toMatch(/after the last results: a second results for run "r\d+"/);
  });

  it("names itself with terminal escape sequences: carried as data, exactly as sent", async () => {
    const observed = await runMember("escape-name");
    expectOneOutcomeEach(observed);
    expectKinds(observed, [], "passed");
    const name = "zoo-\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;cHduZWQ=\u0007";
    expect(observed.implementation.description?.name).toBe(name);
    expect(observed.implementation.implementation.startsWith(name)).toBe(true);
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
    // It declares the reference's closed enums, but keeps values outside them: its profile says what it does not do.
    expect(observed.kinds.get("profile/enums")).toBe("harness-error");
    expect(observed.reasons.get("profile/enums")).toMatch(/^declared enums: closed, but the SDK showed open on/);
    observed.kinds.delete("profile/enums");
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

  it("drops unknown fields while declaring preserve: fails where it dropped one, and is reported against its profile; declaring drop, passes", async () => {
    const dishonest = await runMember("drop-fields");
    const dropped = cases
      .filter((testCase) => testCase.id.startsWith("json/unknown-nested-fields") || testCase.id.includes("/valid/unknown-field#"))
      .map((testCase) => testCase.id);
    const { "profile/unknown_fields": profile, ...rest } = Object.fromEntries(dishonest.kinds);
    expect(profile).toBe("harness-error");
    expect(dishonest.reasons.get("profile/unknown_fields")).toMatch(
      /^declared unknown_fields: preserve, but the SDK showed drop on \d+ of \d+ cases that exercise it \(e\.g\. (json\/unknown-nested-fields|rules\/\w+\/valid\/unknown-field)/,
    );
    expectKinds({ ...dishonest, kinds: new Map(Object.entries(rest)) }, dropped, "failed");
    expect(dishonest.reasons.get(dropped[0] ?? "")).toMatch(/an unknown field was dropped/);
    const honest = await runMember("drop-fields-honestly");
    expectKinds(honest, [], "passed");
  });
});

describe("the stderr a failing outcome carries", () => {
  // Decodes: a stream case's judge does not attach stderr to a failed verdict (its answers span several runs).
  const failing = (observed: Observed) => observed.records.filter((record) => record.kind === "failed" && record.check === "decode");
  const named = (stderr: string) => [...stderr.matchAll(/zoo: rejecting case (\S+)/g)].map((match) => match[1]);
  const marker = /^\(stderr written while run (r\d+) — (?:1 case|a batch of \d+ cases) — was in flight(?:, with \d+ other runs? \(([^)]*)\))?/;

  it("with batches of 8 and 3 runs in flight: its batch's, said so, naming no case outside the runs it names", async () => {
    const observed = await runMember("note-failures");
    expectOneOutcomeEach(observed);
    const runs = new Map(observed.notes.flatMap((note) => ("run" in note ? [[note.run, note.cases] as const] : [])));
    expect(failing(observed).length).toBeGreaterThan(8);
    for (const record of failing(observed)) {
      const stderr = record.stderr ?? "";
      expect(stderr, record.case).toContain(`zoo: rejecting case ${record.case}\n`);
      expect(stderr).not.toContain("before any run");
      const [, run = "", others = ""] = marker.exec(stderr) ?? [];
      // Unmarked is the case's own: it names no other case.
      if (run === "") expect(named(stderr), record.case).toEqual([record.case]);
      else {
        expect(runs.get(run), `${record.case} is in ${run}`).toContain(record.case);
        expect(others).not.toContain("…");
        const allowed = [run, ...others.split(", ").filter((id) => id !== "")].flatMap((id) => runs.get(id) ?? []);
        expect(
          named(stderr).filter((id) => !allowed.includes(id ?? "")),
          record.case,
        ).toEqual([]);
      }
    }
    // Batches of 8: each failing case is told its stderr is its batch's.
    expect(failing(observed).every((record) => marker.test(record.stderr ?? ""))).toBe(true);
  });

  it("one case alone in flight: exactly that case's stderr, unmarked", async () => {
    const observed = await runMember("note-failures", { batchSize: 1, pipelineDepth: 1 });
    expectOneOutcomeEach(observed);
    expect(failing(observed).length).toBeGreaterThan(8);
    for (const record of failing(observed)) expect(record.stderr).toBe(`zoo: rejecting case ${record.case}\n`);
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

describe("the runner's hello", () => {
  it("states the limits the runner holds a harness to: the defaults, or as configured", async () => {
    const { SubprocessConnection } = await import("../../src/index.js");
    const notesPath = join(tmpdir(), `zoo-limits-${process.pid}.notes`);
    rmSync(notesPath, { force: true });
    const env = { ...process.env, ZOO_NOTES: notesPath };
    const command = `${process.execPath} ${member} reference`;
    await (await SubprocessConnection.open({ command, env })).close();
    await (await SubprocessConnection.open({ command, env, maxLineBytes: 4096, maxMessageBytes: 300, maxOutputBytes: 2048 })).close();
    const limits = readNotes(notesPath).flatMap((note) => ("limits" in note ? [note.limits] : []));
    expect(limits).toEqual([
      { max_line_bytes: 67108864, max_message_bytes: 65536, max_output_bytes: 16777216 },
      { max_line_bytes: 4096, max_message_bytes: 300, max_output_bytes: 2048 },
    ]);
  });
});

describe("a harness's process tree", () => {
  it("is killed whole by killHarnessGroups, as a signal handler would, while the harness is busy", async () => {
    const { killHarnessGroups, SubprocessConnection } = await import("../../src/index.js");
    const notesPath = join(tmpdir(), `zoo-signal-${process.pid}.notes`);
    rmSync(notesPath, { force: true });
    const connection = await SubprocessConnection.open({
      command: `${process.execPath} ${member} hang`,
      env: { ...process.env, ZOO_NOTES: notesPath },
      requestTimeoutMs: boundMs,
      startTimeoutMs: 20_000,
    });
    const trigger = cases.find(isTrigger) as Case;
    const asked = connection.ask([{ id: trigger.id, operation: "decode", shape: trigger.shape, input: trigger.input }]);
    expect(killHarnessGroups()).toBe(1);
    const [answer] = await asked;
    expect(answer?.kind).toBe("crashed");
    expect(answer && "reason" in answer ? answer.reason : "").toMatch(/signal SIGKILL/);
    await connection.close();
    const pids = readNotes(notesPath).flatMap((note) => ("pid" in note ? [note.pid] : []));
    expect(pids).toHaveLength(2);
    expect(await leftBehind(pids)).toEqual([]);
  });
});
