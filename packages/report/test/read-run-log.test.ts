import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { type Connection, type Decoded, inProcess, RunLog, referenceImplementation, runConformance, type Target } from "@imagegen-conformance/runner";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LogError } from "../src/read/log-error.js";
import { readRunLog } from "../src/read/read-run-log.js";
import { deepExtraLine, malformedLine, validRecords } from "./malformed-records.js";

const directory = mkdtempSync(join(tmpdir(), "read-run-log-"));
let written = 0;
function logOf(lines: string[]): string {
  const path = join(directory, `${++written}.jsonl`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

async function read(path: string): Promise<{ records: number } | { error: unknown }> {
  let records = 0;
  try {
    for await (const _record of readRunLog(path)) records++;
    return { records };
  } catch (error) {
    return { error };
  }
}

describe("readRunLog checks every record against the log's schema", () => {
  it("reads every record the runner writes: passes, failures with input and expectation, unavailable, protocol violations", async () => {
    const cases = loadCorpus().filter((testCase) => testCase.shape === "StatusRequestEnum3" || testCase.shape === "stream");
    const rejecting = {
      ...referenceImplementation,
      describe: () => ({ ...referenceImplementation.describe(), name: "rejecting" }),
      decode: (): Decoded => ({ status: "rejected", message: "no" }),
    };
    const late: Target = {
      name: "late",
      reach: { impl: "reference" },
      connect: async (): Promise<Connection> => {
        const inner = await inProcess("reference", referenceImplementation).connect();
        return {
          description: inner.description,
          ask: (requests) => inner.ask(requests),
          close: () => inner.close(),
          violations: ["a line after the last results"],
        };
      },
    };
    const unavailable: Target = { name: "gone", reach: { impl: "gone" }, connect: () => Promise.reject(new Error("no toolchain")) };
    const path = join(directory, "real.jsonl");
    const log = new RunLog(path);
    await runConformance({
      targets: [inProcess("rejecting", rejecting), late, unavailable],
      cases,
      seed: 3,
      log,
      plan: { shard: { index: 1, count: 1 }, selection: cases.map((testCase) => testCase.id) },
    });
    log.close();
    const outcome = await read(path);
    expect(outcome).toEqual({ records: expect.any(Number) });
    expect((outcome as { records: number }).records).toBeGreaterThan(cases.length * 2);
  });

  it("reads the hand-made valid records the malformed ones are made from", async () => {
    const path = logOf(Object.values(validRecords).map((record) => JSON.stringify(record)));
    expect(await read(path)).toEqual({ records: 4 });
  });

  it("names the file, line and field of the first problem in one bounded line, for any malformed or deeply nested record", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...Object.values(validRecords).map((record) => JSON.stringify(record))), { maxLength: 3 }),
        malformedLine,
        async (before, bad) => {
          const path = logOf([...before, bad]);
          const outcome = await read(path);
          expect(outcome).toHaveProperty("error");
          const { error } = outcome as { error: Error };
          expect(error).toBeInstanceOf(LogError);
          expect(error.message.startsWith(`${path}:${before.length + 1}: `)).toBe(true);
          expect(error.message).not.toMatch(/[\n\u0000-\u001f]/);
          expect(error.message.length).toBeLessThan(path.length + 400);
          // not JSON, or `<field>: expected …, received …`
          expect(error.message.slice(path.length)).toMatch(/^:\d+: (not JSON: |\/\S*: expected .+, received .+)/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("lets an unknown field through whatever it holds, without walking it", async () => {
    await fc.assert(
      fc.asyncProperty(deepExtraLine, async (line) => {
        expect(await read(logOf([line]))).toEqual({ records: 1 });
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['{"type":"implementation","implementation":42}', /:1: \/implementation: expected string, received 42$/],
    [
      '{"type":"result","implementation":"a","case":"c","check":"decode","shape":"S","level":"required","expect":"accept","kind":"passed","reason":"r","unenforced":"x"}',
      /:1: \/unenforced: expected array, received "x"$/,
    ],
    [
      '{"type":"result","implementation":"a","case":"c","check":"decode","shape":"S","level":"required","kind":"passed","reason":"r"}',
      /:1: \/expect: expected .*, received nothing$/,
    ],
    [
      '{"type":"result","implementation":"a","case":"c","check":"decode","shape":"S","level":"required","expect":"accept","kind":"passed","reason":"r","expected":{"verdict":"maybe"}}',
      /:1: \/expected\/verdict: expected .*accept.*, received "maybe"$/,
    ],
    ['{"type":"verdict"}', /:1: \/type: expected one of "header", "implementation", "result", "footer", received "verdict"$/],
  ])("%s", async (line, message) => {
    const { error } = (await read(logOf([line]))) as { error: Error };
    expect(error.message).toMatch(message);
  });

  it("a directory or a missing file is one line, not a crash", async () => {
    expect(((await read(directory)) as { error: Error }).error.message).toBe(`${directory}: expected a run log (a file of JSON lines), received a directory`);
    expect(((await read(join(directory, "none.jsonl"))) as { error: Error }).error.message).toMatch(/^cannot read .*none\.jsonl: no such file$/);
  });
});
