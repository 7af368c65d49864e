import { PassThrough } from "node:stream";
import { defaultLimits } from "@imagegen-conformance/core";
import { describe, expect, it } from "vitest";
import { type Decoded, type Implementation, protocolViolation, serve } from "../src/index.js";

const long = "é".repeat(1000);
const answers: Record<string, Decoded> = {
  ok: { status: "accepted", output: "{}" },
  message: { status: "rejected", message: long },
  fits: { status: "rejected", message: "x".repeat(257) },
  output: { status: "accepted", output: `[${"1,".repeat(600)}1]` },
};
const toy: Implementation = {
  describe: () => ({
    name: "toy",
    language: "typescript",
    version: "1.0.0",
    entry: { name: "parse", kind: "helper", calls: "Toy.parse(text)" },
    capabilities: { operations: ["decode", "stream"], shapes: { Toy: "Toy" }, batch: 8, in_flight: 64, ordered: false },
    profile: { unknown_fields: "drop", null_vs_absent: "distinct", enums: "open", key_casing: "wire", numbers: "exact" },
  }),
  decode: (_shape, input) => answers[input] ?? { status: "errored", message: `no answer for ${input}` },
  stream: () => ({ status: "accepted", events: [{ output: "{}" }, { output: JSON.stringify(long) }] }),
};
const hello = (limits: object = defaultLimits) => ({ op: "hello", protocol: 1, runner: { name: "test", version: "0" }, limits });
const run = (id: string, inputs: string[]) => ({
  op: "run",
  id,
  cases: inputs.map((input) => (input === "stream" ? { id: input, operation: "stream", chunks: [] } : { id: input, operation: "decode", shape: "Toy", input })),
});

/** What serve writes for these stdin lines, each line checked against the protocol schema. */
async function converse(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = "";
  output.on("data", (chunk: Buffer) => {
    written += chunk.toString("utf8");
  });
  const served = serve(toy, { input, output });
  input.end(lines.join(""));
  await served;
  const replies = written.split("\n").filter((line) => line !== "");
  for (const [index, line] of replies.entries()) expect(protocolViolation(index === 0 ? "harnessHello" : "results", JSON.parse(line)), line).toBeNull();
  return replies.map((line) => JSON.parse(line));
}
const json = (message: object) => `${JSON.stringify(message)}\n`;
const resultsOf = (reply: Record<string, unknown> | undefined) =>
  Object.fromEntries(((reply?.results ?? []) as { id: string }[]).map((result) => [result.id, result]));

describe("serve", () => {
  it("declares the runs it takes in flight, answered in order, whatever the implementation says", async () => {
    const runs = ["r0", "r1", "r2", "r3"].map((id) => json(run(id, ["ok"])));
    const [greeting, ...results] = await converse([json(hello()), ...runs]);
    expect(greeting?.capabilities).toMatchObject({ in_flight: 4, ordered: true });
    expect(results.map((reply) => reply.id)).toEqual(["r0", "r1", "r2", "r3"]);
  });

  it("ignores blank lines before and between messages", async () => {
    const replies = await converse(["\n", " \t\r\n", json(hello()), "\r\n", "\t\n", json(run("r1", ["ok"])), "   \n", json({ op: "stop" })]);
    expect(replies.map((reply) => reply.op)).toEqual(["hello", "results"]);
  });

  it("skips a line that is not JSON and answers the runs after it", async () => {
    const replies = await converse([json(hello()), "not json\n", json(run("r1", ["ok"])), json({ op: "stop" })]);
    expect(replies.map((reply) => reply.op)).toEqual(["hello", "results"]);
  });

  it("keeps results within the limits of the runner's hello", async () => {
    const [, reply] = await converse([
      json(hello({ ...defaultLimits, max_message_bytes: 257, max_output_bytes: 1024 })),
      json(run("r1", ["message", "fits", "output", "stream"])),
    ]);
    const results = resultsOf(reply);
    const suffix = "…(truncated, 2000 bytes in all)";
    const message = results.message?.message as string;
    expect(message.endsWith(suffix) && Buffer.byteLength(message) <= 257 && /^é+$/.test(message.slice(0, -suffix.length))).toBe(true);
    expect(results.fits).toEqual({ id: "fits", status: "rejected", message: "x".repeat(257) });
    expect(results.output).toEqual({
      id: "output",
      status: "errored",
      message: "the output was 1203 bytes, over the runner's limit of 1024 (limits.max_output_bytes)",
    });
    expect(results.stream).toEqual({
      id: "stream",
      status: "errored",
      message: "the output of event 1 was 2002 bytes, over the runner's limit of 1024 (limits.max_output_bytes)",
    });
  });

  it("takes the default limits from a hello that sends none", async () => {
    const [, reply] = await converse([json({ ...hello(), limits: undefined }), json(run("r1", ["message", "output"]))]);
    expect(resultsOf(reply)).toEqual({
      message: { id: "message", status: "rejected", message: long },
      output: { id: "output", status: "ok", output: answers.output?.status === "accepted" && answers.output.output },
    });
  });
});
