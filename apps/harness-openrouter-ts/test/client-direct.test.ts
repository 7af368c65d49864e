// The acceptance test: @openrouter/sdk's client called directly, as user code calls it (nothing here imports the
// harness's own modules), must agree with what the runner made of the client entry's answers, case by case.
import { fileURLToPath } from "node:url";
import { clientSample, entryOutcomes } from "@imagegen-conformance/runner/testing";
import * as current from "@openrouter/sdk";
import * as seed from "openrouter-sdk-0-10-2";
import * as middle from "openrouter-sdk-0-11-2";
import { describe, expect, it } from "vitest";

const app = fileURLToPath(new URL("..", import.meta.url));
type Fetcher = () => Promise<Response>;
type Sent = Promise<unknown>;
type Request = { model: string; input: string; stream?: true };

/** Each pinned version's client as a user builds it, and the member its output-item union falls back to unmarked. */
const versions: Record<string, { send(fetcher: Fetcher, request: Request): Sent; catchAll?: string }> = {
  "1.3.19": {
    send: (fetcher, request) =>
      new current.OpenRouter({ apiKey: "x", httpClient: new current.HTTPClient({ fetcher }) }).responses.send({ responsesRequest: request }),
  },
  "0.11.2": {
    send: (fetcher, request) =>
      new middle.OpenRouter({ apiKey: "x", httpClient: new middle.HTTPClient({ fetcher }) }).beta.responses.send({ responsesRequest: request }),
    catchAll: "OutputServerToolItem",
  },
  "0.10.2": {
    send: (fetcher, request) =>
      new seed.OpenRouter({ apiKey: "x", httpClient: new seed.HTTPClient({ fetcher }) }).beta.responses.send({ openResponsesRequest: request }),
    catchAll: "ResponsesServerToolOutput",
  },
};

const reply =
  (body: string, type: string): Fetcher =>
  async () =>
    new Response(body, { status: 200, headers: { "content-type": type } });
// A response as the API sends it, with the fields the older response models require; the item text goes in as it is.
const response = (item: string) =>
  `{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","completed_at":null,"error":null,"incomplete_details":null,` +
  `"temperature":null,"top_p":null,"presence_penalty":null,"frequency_penalty":null,"instructions":null,"metadata":null,"tools":[],` +
  `"tool_choice":"auto","parallel_tool_calls":false,"output":[${item}]}`;

/**
 * What user code can see of an item: the SDK's UNKNOWN object; the image item, which always has `result` (default
 * null); or the catch-all member, which has no `result` of its own (it keeps unknown keys under additionalProperties).
 */
function seen(item: unknown, catchAll: string | undefined): string {
  if (item === undefined) return "nothing";
  const value = item as { isUnknown?: unknown; result?: unknown };
  if (value.isUnknown === true) return "unknown";
  return Object.hasOwn(value, "result") ? "declared" : `other ${catchAll}`;
}

function seenEvent(event: unknown, catchAll: string | undefined): string {
  const value = event as { isUnknown?: unknown; type?: unknown; item?: unknown };
  if (value.isUnknown === true) return "unknown";
  if (value.type !== "response.output_item.added" && value.type !== "response.output_item.done") return "declared";
  const item = seen(value.item, catchAll);
  return item.startsWith("other") ? `other item: ${catchAll}` : item;
}

const handed = (kind: string) => kind === "declared" || kind === "raw" || kind.startsWith("other");

// ~10 valid and ~10 invalid items (a missing id, result 42, an upper-case type among them) that can sit in a response, and 5 streams.
const { items, streams: sampled, golden } = clientSample();
const streams = [
  ...sampled,
  // The same stream with its item's id left out of both output-item events: a stream with invalid events in it.
  { ...golden, id: "streams/derived/item-without-id#00000000", input: golden.input.replace(/"item":\{"id":"[^"]*",/g, '"item":{') },
];

describe.each(Object.entries(versions))("@openrouter/sdk %s: the client called directly agrees with the client entry", (version, sdk) => {
  it("on every sampled item and stream", async () => {
    expect(new Set(items.map((testCase) => testCase.expect.verdict))).toEqual(new Set(["accept", "reject"]));
    const runner = await entryOutcomes(`node bin/harness.js ${version} client`, app, [...items, ...streams]);
    for (const testCase of items) {
      const outcome = runner.get(testCase.id);
      let direct: { behaved: string; received?: string };
      try {
        const { output } = (await sdk.send(reply(response(testCase.input), "application/json"), { model: "gpt-5", input: "x" })) as { output: unknown[] };
        const kind = seen(output[0], sdk.catchAll);
        direct = { behaved: handed(kind) ? "accept" : "reject", received: kind };
      } catch (error) {
        direct = { behaved: "reject" };
        expect(outcome?.reason, testCase.id).toContain((error as Error).name);
      }
      expect({ id: testCase.id, behaved: outcome?.behaved, received: outcome?.received }).toEqual({ id: testCase.id, ...direct });
    }
    for (const testCase of streams) {
      const kinds: string[] = [];
      let raised = false;
      try {
        const events = (await sdk.send(reply(testCase.input, "text/event-stream"), { model: "gpt-5", input: "x", stream: true })) as AsyncIterable<unknown>;
        for await (const event of events) kinds.push(seenEvent(event, sdk.catchAll));
      } catch {
        raised = true;
      }
      const outcome = runner.get(testCase.id);
      expect({ id: testCase.id, behaved: outcome?.behaved }).toEqual({ id: testCase.id, behaved: raised ? "reject" : "accept" });
      const others = [...new Set(kinds.filter((kind) => kind !== "declared"))];
      if (others.length === 0) expect(outcome?.received, testCase.id).toBeUndefined();
      else
        for (const kind of [`${kinds.length - kinds.filter((each) => each !== "declared").length} declared`, ...others])
          expect(outcome?.received, testCase.id).toContain(kind);
    }
  });
});
