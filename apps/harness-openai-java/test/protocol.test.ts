import { beforeAll, describe, expect, it } from "vitest";
import { answers, decode, hello, prepare, stream, talk } from "./harness.ts";

// Protocol v1 as docs/protocol.md says it, every stdout line held to the protocol schema (harness.ts, checked).
beforeAll(async () => {
  const built = await prepare();
  expect(built.status, String(built.stderr)).toBe(0);
}, 600_000);

const stop = JSON.stringify({ op: "stop" });
const item = { type: "image_generation_call", id: "ig_1", status: "completed", result: "aGk=" };

describe("the harness process", () => {
  it.each(["", "nope", "client readValue"])("exits 2 with one usage line for the arguments %j", (args) => {
    const run = talk("client", [hello(), stop], { args });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^usage: harness --entries \| <entry>, the entry one of: client, readValue, validate/);
  });

  it.each([
    ["a run before hello", JSON.stringify({ op: "run", id: "r1", cases: [] })],
    ["protocol 2", JSON.stringify({ op: "hello", protocol: 2 })],
    ["not JSON", "hello"],
  ])("refuses %s with a hello error and exits 1", (_, first) => {
    const run = talk("readValue", [first, hello()]);
    expect(run.status).toBe(1);
    expect(run.messages).toHaveLength(1);
    expect(run.messages[0]).toMatchObject({ op: "hello", error: expect.stringContaining("protocol 1 only") });
  });

  it.each(["client", "readValue", "validate"])("%s says hello, skips blank lines, ignores other ops and exits 0 on stop", (entry) => {
    const run = talk(entry, ["", " \t\r", hello(), "", JSON.stringify({ op: "later" }), "not json", stop, JSON.stringify({ op: "run", id: "r9", cases: [] })]);
    expect(run.status).toBe(0);
    expect(run.messages).toHaveLength(1); // nothing answered after stop
    expect(run.messages[0]).toMatchObject({ op: "hello", protocol: 1, implementation: { name: "com.openai:openai-java-core", version: "4.105.0" } });
    expect(run.stderr).toContain("ignoring op later");
  });

  it("reads a line up to \\n only: a \\r inside one is JSON whitespace", () => {
    const run = talk("readValue", [`{"op":"hello",\r"protocol":1}`, `{"op":"run",\r"id":"r1","cases":[]}`]);
    expect(run.status).toBe(0); // the end of input is a stop
    expect(run.messages.map((message) => message.op)).toEqual(["hello", "results"]);
  });

  it("declares what each entry reads, and the profile it shows", () => {
    const said = (entry: string) => talk(entry, [hello(), stop]).messages[0] as { capabilities: Record<string, unknown>; profile: Record<string, string> };
    const item = "com.openai.models.responses.ResponseOutputItem.ImageGenerationCall";
    expect(said("client").capabilities).toMatchObject({
      operations: ["decode", "stream"],
      stream_events: "all",
      shapes: { ImageGenToolCall: item, OutputImageGenerationCallItem: item, OutputItemImageGenerationCall: item, ResponseOutputItemImageGenerationCall: item },
    });
    for (const entry of ["readValue", "validate"]) {
      const { capabilities } = said(entry);
      expect(capabilities.operations).toEqual(["decode"]);
      expect(Object.keys(capabilities.shapes as object)).toHaveLength(12);
      expect(capabilities.shapes).toMatchObject({
        ResponseOutputItemImageGenerationCall: item,
        ImageGenCallPartialImageEvent: "com.openai.models.responses.ResponseImageGenCallPartialImageEvent",
        ResponseImageGenCallPartialImageEvent: "com.openai.models.responses.ResponseImageGenCallPartialImageEvent",
        ResponseOutputItemDoneEvent: "com.openai.models.responses.ResponseOutputItemDoneEvent",
        ImageGenToolCallStatus: `${item}.Status`,
      });
    }
    expect(said("readValue").profile.enums).toBe("open");
    expect(said("validate").profile.enums).toBe("closed");
  });

  it("answers every case once, by id, and skips what the entry does not declare, saying why", () => {
    const results = answers("readValue", [decode("a", "ImageGenToolCall", item), stream("b", [item]), decode("c", "NoSuchShape", item)]);
    expect([...results.keys()]).toEqual(["a", "b", "c"]);
    expect(results.get("a")?.status).toBe("ok");
    expect(results.get("b")).toEqual({ id: "b", status: "skipped", reason: 'not declared at entry readValue: operation "stream", shape ""' });
    expect(results.get("c")?.reason).toBe('not declared at entry readValue: operation "decode", shape "NoSuchShape"');
  });

  it("cuts a long message to the runner's limit, saying so, and errors an output over it", () => {
    const results = answers("validate", [decode("long", "ImageGenToolCall", { ...item, status: "x".repeat(500) }), decode("big", "ImageGenToolCall", item)], {
      max_message_bytes: 120,
      max_output_bytes: 40,
    });
    const written = JSON.stringify({ id: item.id, result: item.result, status: item.status, type: item.type }); // the SDK's key order
    const long = results.get("long");
    expect(long?.status).toBe("rejected");
    expect(Buffer.byteLength(long?.message ?? "")).toBeLessThanOrEqual(120);
    expect(long?.message).toMatch(/…\(truncated, \d+ bytes in all\)$/);
    expect(results.get("big")).toEqual({
      id: "big",
      status: "errored",
      message: `the output was ${written.length} bytes, over the runner's limit of 40 (limits.max_output_bytes)`,
    });
    const events = answers(
      "client",
      [stream("s", [{ type: "response.image_generation_call.generating", item_id: "ig_1", output_index: 0, sequence_number: 1 }])],
      {
        max_output_bytes: 40,
      },
    );
    expect(events.get("s")?.message).toMatch(/^the output of event 0 was \d+ bytes, over the runner's limit of 40 \(limits\.max_output_bytes\)$/);
  });

  it("writes a lone surrogate the SDK kept as its escape: stdout stays UTF-8", () => {
    const results = answers("readValue", [decode("lone", "ImageGenToolCall", { ...item, id: "ig_\ud800" })]);
    expect(JSON.parse(results.get("lone")?.output ?? "").id).toBe("ig_\ud800");
  });

  it("keeps stdout to protocol lines whatever the OPENAI_* environment says", () => {
    const env = { ...process.env, OPENAI_LOG: "debug", OPENAI_BASE_URL: "http://127.0.0.1:9/v1", OPENAI_API_KEY: "sk-none" };
    const run = talk("client", [hello(), JSON.stringify({ op: "run", id: "r1", cases: [decode("a", "ImageGenToolCall", item)] }), stop], { env });
    expect(run.status).toBe(0);
    expect(run.messages.map((message) => message.op)).toEqual(["hello", "results"]);
    expect((run.messages[1] as { results: { status: string }[] }).results[0]?.status).toBe("ok");
  });
});
