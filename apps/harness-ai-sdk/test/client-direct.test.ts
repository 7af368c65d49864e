// The acceptance test: @ai-sdk/openai's model called directly, as user code calls it (nothing here imports the
// harness's own modules), must agree with what the runner made of the client entry's answers, case by case.
import { fileURLToPath } from "node:url";
import { createOpenAI } from "@ai-sdk/openai";
import { clientSample, entryOutcomes } from "@imagegen-conformance/runner/testing";
import { describe, expect, it } from "vitest";

const app = fileURLToPath(new URL("..", import.meta.url));
const model = (body: string, type: string) =>
  createOpenAI({ apiKey: "x", fetch: async () => new Response(body, { status: 200, headers: { "content-type": type } }) }).responses("gpt-5");
const call = {
  prompt: [{ role: "user" as const, content: [{ type: "text" as const, text: "x" }] }],
  tools: [{ type: "provider" as const, id: "openai.image_generation" as const, name: "image_generation", args: {} }],
};
const response = (item: string) => `{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","output":[${item}]}`;
const imagePart = (part: { type: string; toolName?: string }) =>
  (part.type === "tool-call" || part.type === "tool-result") && part.toolName === "image_generation";

const { items, streams: sampled, golden } = clientSample();
const streams = [
  ...sampled,
  // The same stream with the finished item's result null: a valid event inside a valid stream.
  {
    ...golden,
    id: "streams/derived/done-result-null#00000000",
    input: golden.input.replace(/("type":"response\.output_item\.done".*"result":)"[^"]*"/, "$1null"),
  },
];

/** What user code sees of a stream: for each event, whether the SDK made parts for it; and whether it ended with an error part. */
async function streamed(input: string): Promise<{ kinds: string[]; error: boolean }> {
  const { stream } = await model(input, "text/event-stream").doStream({ ...call, includeRawChunks: true });
  const kinds: string[] = [];
  for await (const part of stream) {
    if (part.type === "error") return { kinds: kinds.slice(0, -1), error: true };
    if (part.type === "raw") kinds.push("nothing");
    else if (kinds.length > 0 && part.type !== "finish") kinds[kinds.length - 1] = "declared";
  }
  return { kinds, error: false };
}

describe("@ai-sdk/openai 4.0.118: the model called directly agrees with the client entry", () => {
  it("doGenerate on every sampled item, doStream on every sampled stream", async () => {
    expect(new Set(items.map((testCase) => testCase.expect.verdict))).toEqual(new Set(["accept", "reject"]));
    expect(streams[4]?.input).not.toBe(golden.input);
    const runner = await entryOutcomes("node bin/harness.js client", app, [...items, ...streams]);
    for (const testCase of items) {
      const outcome = runner.get(testCase.id);
      let direct: { behaved: string; received?: string };
      try {
        const { content } = await model(response(testCase.input), "application/json").doGenerate(call);
        const received = content.length === 0 ? "nothing" : content.some(imagePart) ? "declared" : "other";
        direct = { behaved: received === "nothing" ? "reject" : "accept", received };
      } catch (error) {
        direct = { behaved: "reject" };
        expect(outcome?.reason, testCase.id).toContain((error as Error).name);
      }
      const received = direct.received === "other" && outcome?.received?.startsWith("other ") ? "other" : outcome?.received;
      expect({ id: testCase.id, behaved: outcome?.behaved, received }).toEqual({ id: testCase.id, ...direct });
    }
    for (const testCase of streams) {
      const outcome = runner.get(testCase.id);
      const direct = await streamed(testCase.input);
      expect({ id: testCase.id, behaved: outcome?.behaved }).toEqual({ id: testCase.id, behaved: direct.error ? "reject" : "accept" });
      const nothing = direct.kinds.flatMap((kind, index) => (kind === "nothing" ? [index] : []));
      if (nothing.length === 0) expect(outcome?.received, testCase.id).toBeUndefined();
      else {
        expect(outcome?.received, testCase.id).toContain(`${direct.kinds.length - nothing.length} declared`);
        // The runner lines the reported values up with the events sent, in order, so each one's place is known.
        expect(outcome?.received, testCase.id).toContain(`nothing: event${nothing.length > 1 ? "s" : ""} ${nothing.join(", ")}`);
      }
    }
  });
});
