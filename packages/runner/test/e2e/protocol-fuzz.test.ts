import { loadCorpus } from "@imagegen-conformance/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { harness, outcomeKinds, runConformance, SubprocessConnection } from "../../src/index.js";

const script = new URL("./zoo/scripted.mjs", import.meta.url).pathname;
const cases = loadCorpus()
  .filter((testCase) => testCase.id.startsWith("rules/StatusRequestEnum3/valid/"))
  .slice(0, 2);
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

// Lines a broken harness might write: near-miss results messages, other JSON, and text.
const result = fc.record(
  {
    id: fc.constantFrom("$CASE", "other", ""),
    status: fc.constantFrom("ok", "rejected", "skipped", "errored", "maybe", 1),
    output: fc.constantFrom('"completed"', "{}", 1),
    message: fc.string(),
    reason: fc.string(),
  },
  { requiredKeys: [] },
);
const line = fc.oneof(
  fc
    .record(
      {
        op: fc.constantFrom("results", "result", "hello"),
        id: fc.constantFrom("$RUN", "r0", 7),
        results: fc.oneof(fc.array(result, { maxLength: 3 }), fc.constant("nope")),
      },
      { requiredKeys: ["op"] },
    )
    .map((message) => JSON.stringify(message)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 30 }).filter((text) => !text.includes("\n")),
);

describe("the runner reads whatever a harness writes", () => {
  it("gives every case one outcome, whatever lines come back", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 3 }), async (lines) => {
        const seen: string[] = [];
        const summary = await runConformance({
          targets: [
            harness({
              command: `${process.execPath} ${script}`,
              env: { ...process.env, SCRIPT_LINES: encode(lines) },
              requestTimeoutMs: 400,
              restartBudget: 3,
            }),
          ],
          cases,
          seed: 1,
          onOutcome: (_label, task, outcome) => {
            seen.push(task.key);
            expect(outcomeKinds).toContain(outcome.kind);
            expect(outcome.reason.length).toBeGreaterThan(0);
          },
        });
        expect(summary.implementations[0]?.unavailable).toBeUndefined();
        // A decode check per case, and an encode check per accepted case (the hello declares encode).
        expect(seen.sort()).toEqual(cases.flatMap((testCase) => [testCase.id, `${testCase.id}@encode`]).sort());
      }),
      { numRuns: 25 },
    );
    // Generous: every wrong answer restarts the harness (a node start each), and the machine may be busy.
  }, 300_000);

  it("turns any malformed hello into one line of why, never a crash", async () => {
    const hello = fc.oneof(
      fc
        .record(
          {
            op: fc.constantFrom("hello", "helo"),
            protocol: fc.constantFrom(1, 2, "1"),
            implementation: fc.constantFrom({ name: "x", language: "go", version: "main" }, {}, "x"),
            capabilities: fc.constantFrom({ operations: ["decode"], shapes: {}, batch: 0 }, {}),
            profile: fc.constant({}),
          },
          { requiredKeys: [] },
        )
        .map((message) => JSON.stringify(message)),
      fc.string({ maxLength: 20 }).filter((text) => !text.includes("\n")),
    );
    await fc.assert(
      fc.asyncProperty(hello, async (text) => {
        const opened = await SubprocessConnection.open({
          command: `${process.execPath} ${script}`,
          env: { ...process.env, HELLO_LINE: Buffer.from(text).toString("base64") },
          startTimeoutMs: 5000,
        }).then(
          async (connection) => {
            await connection.close();
            return "opened";
          },
          (error: Error) => error,
        );
        expect(opened).toBeInstanceOf(Error);
        expect((opened as Error).name).toBe("HarnessStartError");
        expect((opened as Error).message.split("\n")).toHaveLength(1);
      }),
      { numRuns: 20 },
    );
  });
});
