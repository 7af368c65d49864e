import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { protocolViolation } from "@imagegen-conformance/runner";
import { registeredHarnesses, smokeHarness } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";

// The harness's own `cargo test`, run from vitest so that `npm test` and CI count it, and the built harness started
// as the registry starts it. --locked: the committed Cargo.lock, never a newer SDK.
const app = fileURLToPath(new URL("..", import.meta.url));
const entries = registeredHarnesses(app) as (ReturnType<typeof registeredHarnesses>[number] & { prepare: string })[];

beforeAll(() => {
  for (const prepare of new Set(entries.map((entry) => entry.prepare))) {
    const built = spawnSync("sh", ["-c", prepare], { cwd: app, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
  }
}, 1_800_000); // a cold release build on 2 busy cores

const hello = {
  op: "hello",
  protocol: 1,
  runner: { name: "test", version: "0" },
  limits: { max_line_bytes: 1 << 26, max_message_bytes: 300, max_output_bytes: 1 << 24 },
};
const item = '{"type":"image_generation_call","id":"ig_1","status":"completed","result":"aGk="}';
const event = '{"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":0,"sequence_number":1}';
const stream = (text: string) => Buffer.from(text).toString("base64");
const cases = [
  { id: "item", operation: "decode", shape: "ImageGenToolCall", input: item },
  { id: "bad-status", operation: "decode", shape: "ImageGenToolCall", input: item.replace("completed", "queued") },
  { id: "two-values", operation: "decode", shape: "ImageGenToolCall", input: `${item} ${item}` },
  { id: "surrogate", operation: "decode", shape: "ImageGenToolCall", input: '{"id":"\ud800"}' },
  { id: "event", operation: "decode", shape: "ImageGenCallGeneratingEvent", input: event },
  { id: "status", operation: "decode", shape: "ImageGenToolCallStatus", input: '"queued"' },
  { id: "stream", operation: "stream", chunks: [stream(`data: ${event.slice(0, 30)}`), stream(`${event.slice(30)}\n\n`)] },
  { id: "bom", operation: "stream", chunks: [stream(`\ufeffdata: ${event}\n\n`)] },
];

describe("harness-async-openai", () => {
  it("passes cargo test", () => {
    const run = spawnSync("cargo", ["test", "--release", "--locked"], { cwd: app, encoding: "utf8" });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/^test result: ok\. [1-9]\d* passed; 0 failed/m);
  });

  it.each(entries)("$id writes only protocol v1 messages", ({ command }) => {
    const transcript = [hello, { op: "run", id: "r1", cases }, { op: "stop" }].map((message) => `${JSON.stringify(message)}\n`).join("");
    const run = spawnSync("sh", ["-c", command], { cwd: app, input: transcript, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const [said, results, ...rest] = run.stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { results: { id: string }[] });
    expect(rest).toEqual([]);
    expect(protocolViolation("harnessHello", said)).toBeNull();
    expect(protocolViolation("results", results)).toBeNull();
    expect(results?.results.map((result) => result.id).sort()).toEqual(cases.map((testCase) => testCase.id).sort());
    const refused = spawnSync("sh", ["-c", command], { cwd: app, input: '{"op":"hello","protocol":2}\n', encoding: "utf8" });
    expect(refused.status).toBe(1);
    expect(protocolViolation("harnessRefusal", JSON.parse(refused.stdout))).toBeNull();
  });

  it.each(entries)("$id says hello and gives every check exactly one outcome", async (entry) => {
    const result = await smokeHarness(app, entry);
    expect(result.unavailable).toBeUndefined();
    expect(result.label).toBe(`async-openai@${entry.version} · ${entry.id.split("/").at(-1)}`);
    expect(result.lost).toEqual([]);
    expect(result.repeated).toEqual([]);
    expect(result.harnessProblems).toBe(0);
  });
});
