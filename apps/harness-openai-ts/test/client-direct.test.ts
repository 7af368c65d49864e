// The acceptance test: the openai client called directly, as user code calls it (nothing here imports the harness's
// own modules), must agree with what the runner made of each client entry's answers, case by case.
import { fileURLToPath } from "node:url";
import type { Case } from "@imagegen-conformance/fixtures";
import type { Outcome } from "@imagegen-conformance/runner";
import { clientSample, entryOutcomes } from "@imagegen-conformance/runner/testing";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";

const app = fileURLToPath(new URL("..", import.meta.url));
const reply = (body: string, type: string) => async () => new Response(body, { status: 200, headers: { "content-type": type } });
const client = (body: string, type: string) => new OpenAI({ apiKey: "x", maxRetries: 0, fetch: reply(body, type) });
const response = (item: string) => `{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","output":[${item}]}`;

/** What user code can see of a value: a plain object typed by its `type` member, or a value that is no object at all. */
function seen(value: unknown): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "raw";
  const type = (value as { type?: unknown }).type;
  return type === "image_generation_call" ? "declared" : `other${typeof type === "string" ? ` ${type}` : ""}`;
}

const { items, streams: sampled, golden } = clientSample();
const streams = [
  ...sampled,
  // The same stream without its response.output_item.added: image events before their item.
  {
    ...golden,
    id: "streams/derived/no-output-item-added#00000000",
    input: golden.input
      .split("\n\n")
      .filter((block) => !block.startsWith("event: response.output_item.added"))
      .join("\n\n"),
  },
];

/** Raised: never accepted, nothing received, and the reason names the error's class. Returned: accepted as what came back. */
function agree(id: string, outcome: Outcome | undefined, direct: { raised: Error } | { received: string }) {
  if ("raised" in direct) {
    expect({ id, accepted: outcome?.behaved === "accept", received: outcome?.received }).toEqual({ id, accepted: false, received: undefined });
    expect(outcome?.reason, id).toContain(direct.raised.name === "Error" ? direct.raised.constructor.name : direct.raised.name);
    return;
  }
  // A type that is no string has no name to compare: the runner's text only has to say "other".
  const received = direct.received === "other" && outcome?.received?.startsWith("other ") ? "other" : outcome?.received;
  expect({ id, behaved: outcome?.behaved, received }).toEqual({ id, behaved: "accept", received: direct.received });
}

async function events(open: () => AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>): Promise<{ raised: Error } | { received: string[] }> {
  const received: string[] = [];
  try {
    for await (const event of await open()) received.push(seen(event) === "raw" ? "raw" : "declared");
  } catch (error) {
    return { raised: error as Error };
  }
  return { received };
}

function agreeStream(id: string, outcome: Outcome | undefined, direct: { raised: Error } | { received: string[] }) {
  expect({ id, behaved: outcome?.behaved }).toEqual({ id, behaved: "raised" in direct ? "reject" : "accept" });
  if ("raised" in direct) expect(outcome?.reason, id).toContain(direct.raised.message);
  else if (direct.received.every((kind) => kind === "declared")) expect(outcome?.received, id).toBeUndefined();
  else expect(outcome?.received, id).toContain("raw");
}

describe("openai 7.59.0: the client called directly agrees with its entries", () => {
  it("client: responses.create on every sampled item, responses.create({ stream: true }) on every sampled stream", async () => {
    expect(new Set(items.map((testCase) => testCase.expect.verdict))).toEqual(new Set(["accept", "reject"]));
    const runner = await entryOutcomes("node bin/harness.js client", app, [...items, ...streams]);
    for (const testCase of items) {
      let direct: { raised: Error } | { received: string };
      try {
        const { output } = await client(response(testCase.input), "application/json").responses.create({ model: "gpt-5", input: "x" });
        direct = { received: output.length === 0 ? "nothing" : seen(output[0]) };
      } catch (error) {
        direct = { raised: error as Error };
      }
      agree(testCase.id, runner.get(testCase.id), direct);
    }
    for (const testCase of streams) {
      const direct = await events(() => client(testCase.input, "text/event-stream").responses.create({ model: "gpt-5", input: "x", stream: true }));
      agreeStream(testCase.id, runner.get(testCase.id), direct);
    }
  });

  it("responses.stream: the accumulating reader on every sampled stream, an image event before its item included", async () => {
    const runner = await entryOutcomes("node bin/harness.js responses.stream", app, streams);
    for (const testCase of streams) {
      const direct = await events(() => client(testCase.input, "text/event-stream").responses.stream({ model: "gpt-5", input: "x" }));
      agreeStream(testCase.id, runner.get(testCase.id), direct);
    }
    const derived = await events(() => client((streams.at(-1) as Case).input, "text/event-stream").responses.stream({ model: "gpt-5", input: "x" }));
    expect("raised" in derived && derived.raised.message).toBe("missing output at index 0");
  });
});
