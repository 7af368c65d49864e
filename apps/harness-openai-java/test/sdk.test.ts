import { unservable } from "@imagegen-conformance/core";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, decode, prepare, stream } from "./harness.ts";

// What each entry reports the SDK did, on inputs of the hand probe (../shared/reference/sdk-landscape.md §4) and a few
// more: the harness reports, the runner judges, so these pin the reporting, not a verdict.
beforeAll(async () => {
  const built = await prepare();
  expect(built.status, String(built.stderr)).toBe(0);
}, 600_000);

const item = { type: "image_generation_call", id: "ig_1", status: "completed", result: "aGk=" };
const generating = { type: "response.image_generation_call.generating", item_id: "ig_1", output_index: 0, sequence_number: 1 };
const probe = [
  decode("queued", "ImageGenToolCall", { ...item, status: "queued" }),
  decode("id-number", "ImageGenToolCall", { ...item, id: 123 }),
  decode("index-fraction", "ImageGenCallGeneratingEvent", { ...generating, output_index: 7977.54 }),
  decode("unknown-event", "ImageGenCallGeneratingEvent", { ...generating, type: "response.image_generation_call.thinking" }),
  decode("index-negative", "ImageGenCallGeneratingEvent", { ...generating, output_index: -1 }),
  decode("no-result", "ImageGenToolCall", { type: item.type, id: item.id, status: item.status }),
  decode("svg", "ImageGenToolCall", { ...item, output_format: "svg" }),
];

describe("the hand probe's facts", () => {
  it("readValue rejects none of them, and says where the SDK marked an enum value unknown", () => {
    const results = answers("readValue", probe);
    for (const result of results.values()) expect(result.status, result.id).toBe("ok");
    expect(results.get("queued")?.unrecognized).toEqual(["/status"]);
    expect(JSON.parse(results.get("id-number")?.output ?? "")).toEqual({ ...item, id: 123 }); // kept as it came, a JsonValue
    expect(JSON.parse(results.get("index-fraction")?.output ?? "").output_index).toBe(7977.54);
    expect(results.get("unknown-event")?.received).toBe("unknown"); // ResponseStreamEvent has no variant for that type
  });

  it("validate() throws on status queued, id 123, output_index 7977.54 and an unknown event type, and accepts -1, no result and svg", () => {
    const results = answers("validate", probe);
    const status = (id: string) => results.get(id)?.status;
    expect(["queued", "id-number", "index-fraction", "unknown-event"].map(status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    expect(results.get("queued")?.message).toBe("OpenAIInvalidDataException: Unknown Status: queued");
    expect(results.get("id-number")?.message).toBe("OpenAIInvalidDataException: `id` is invalid, received 123");
    expect(["index-negative", "no-result", "svg"].map(status)).toEqual(["ok", "ok", "ok"]);
  });
});

describe("what came back", () => {
  const cases = [
    decode("declared", "ImageGenToolCall", item),
    decode("message", "ImageGenToolCall", { type: "message", id: "m", role: "assistant", status: "completed", content: [] }),
    decode("new-type", "ImageGenToolCall", { ...item, type: "image_generation_call_v2" }),
    decode("null", "ImageGenToolCall", "null"),
    decode("empty-list", "ImageGenToolCall", "[]"),
  ];

  it("client: response.output().get(0), as its ResponseOutputItem variant", () => {
    const results = answers("client", cases);
    expect(results.get("declared")).toEqual({
      id: "declared",
      status: "ok",
      output: JSON.stringify({ id: "ig_1", result: "aGk=", status: "completed", type: item.type }),
    });
    expect(results.get("message")).toMatchObject({ status: "ok", received: "other", type: "com.openai.models.responses.ResponseOutputMessage" });
    expect(results.get("new-type")).toMatchObject({ status: "ok", received: "unknown" });
    expect(results.get("null")).toMatchObject({ status: "ok", received: "raw", output: "null" });
    expect(results.get("empty-list")).toMatchObject({ status: "ok", received: "unknown", output: "[]" });
  });

  it("readValue: the shape's type, and the union's variant for what came back", () => {
    const results = answers("readValue", [...cases, decode("status", "ImageGenToolCallStatus", '"queued"')]);
    expect(results.get("message")).toMatchObject({ status: "ok", received: "other", type: "com.openai.models.responses.ResponseOutputMessage" });
    expect(results.get("null")).toMatchObject({ status: "ok", received: "raw", output: "null" });
    expect(results.get("empty-list")?.status).toBe("rejected"); // an array is no ImageGenerationCall to Jackson
    expect(results.get("status")).toEqual({ id: "status", status: "ok", output: '"queued"', unrecognized: [""] });
  });

  it("client: every event a stream yields, an output_item event read by its item, a refusal keeping what came before", () => {
    const added = { type: "response.output_item.added", output_index: 0, sequence_number: 1, item: { ...item, status: "queued" } };
    const message = { ...added, item: { type: "message", id: "m", role: "assistant", status: "completed", content: [] } };
    const results = answers("client", [
      stream("events", [added, generating, message, { ...generating, type: "response.image_generation_call.thinking" }]),
      stream("error", [generating, { type: "error", error: { message: "boom" } }]),
      stream("not-json", [generating, "data: {nope\n\n"]),
    ]);
    const events = results.get("events")?.events ?? [];
    expect(events.map(({ received, type, unrecognized }) => ({ received, type, unrecognized }))).toEqual([
      { received: undefined, type: undefined, unrecognized: ["/item/status"] },
      { received: undefined, type: undefined, unrecognized: undefined },
      {
        received: "other",
        type: "com.openai.models.responses.ResponseOutputItemAddedEvent{item: com.openai.models.responses.ResponseOutputMessage}",
        unrecognized: undefined,
      },
      { received: "unknown", type: undefined, unrecognized: undefined },
    ]);
    for (const id of ["error", "not-json"]) {
      expect(results.get(id)?.status, id).toBe("rejected");
      expect(results.get(id)?.events, id).toHaveLength(1);
    }
  });
});

describe("the client entry's skips", () => {
  it("skip exactly the corpus texts core's unservable names, with its reason", () => {
    const texts = loadCorpus().filter((testCase) => testCase.operation === "decode");
    const extra = ["\ufeff{}", "{} {}", '{"id":"\ud800"}', "[1,]", "01", '"\t"', "1e400", `${"[".repeat(5000)}${"]".repeat(5000)}`];
    const inputs = [...new Set([...texts.map((testCase) => testCase.input), ...extra])];
    const results = answers(
      "client",
      inputs.map((input, index) => decode(String(index), "ImageGenToolCall", input)),
    );
    const disagreements = inputs.flatMap((input, index) => {
      const said = results.get(String(index));
      const reason = said?.status === "skipped" ? said.reason : undefined;
      return reason === unservable(input) ? [] : [{ input: input.slice(0, 80), harness: reason ?? said?.status, core: unservable(input) }];
    });
    expect(disagreements).toEqual([]);
  });
});
