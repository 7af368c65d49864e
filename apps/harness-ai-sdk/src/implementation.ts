import { createOpenAI, VERSION } from "@ai-sdk/openai";
import type { DecodedValue } from "@imagegen-conformance/core";
import { chunkedBody, mockedFetch, responseEnvelope, type ZodIssueLike, zodIssues } from "@imagegen-conformance/harness-kit";
import type { Decoded, Implementation, Streamed } from "@imagegen-conformance/runner";

// The smallest call that enables the image_generation tool, so its parts are produced.
const call = {
  prompt: [{ role: "user" as const, content: [{ type: "text" as const, text: "x" }] }],
  tools: [{ type: "provider" as const, id: "openai.image_generation" as const, name: "image_generation", args: {} }],
};
const model = (fetch: () => Promise<Response>) => createOpenAI({ apiKey: "x", fetch }).responses("gpt-5");
// Errors the SDK reports when it refuses a chunk or a response; anything else is unexpected.
const refusals = new Set(["AI_TypeValidationError", "AI_JSONParseError", "AI_APICallError"]);
const skip = (reason: string): Decoded => ({ status: "skipped", reason });
// Parts about the whole stream, not about the event before them.
const streamParts = new Set(["stream-start", "finish", "raw", "error"]);

/** The zod issues behind an error, down its causes (AI_APICallError → AI_TypeValidationError → ZodError). */
function issuesOf(error: unknown): ZodIssueLike[] | undefined {
  for (let at = error; at instanceof Error; at = at.cause) {
    const list = (at as { issues?: ZodIssueLike[] }).issues;
    if (list) return list;
  }
  return undefined;
}

/** One line: the zod issues behind a validation error (its message repeats the whole chunk, images included). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const list = issuesOf(error);
  const detail = list ? zodIssues(list).slice(0, 4).join("; ") : error.message.slice(0, 300);
  return `${error.name}: ${detail}`.replace(/\s*\n\s*/g, " | ");
}

function failure(error: unknown, events?: DecodedValue[]): Exclude<Streamed, { status: "accepted" }> {
  return error instanceof Error && refusals.has(error.name)
    ? { status: "rejected", message: reason(error), ...(events ? { events } : {}) }
    : { status: "errored", message: reason(error) };
}

const isImagePart = (part: { type: string; toolName?: string }) =>
  (part.type === "tool-call" || part.type === "tool-result") && part.toolName === "image_generation";

/**
 * doGenerate over a response whose `output` holds the case's text verbatim. What user code gets is the parts the SDK
 * made from the item (an image_generation tool-call and tool-result); they carry only the id and the image, so the value
 * written back is the item as the SDK's own `response.body` holds it.
 */
async function decode(input: string): Promise<Decoded> {
  const envelope = responseEnvelope(input);
  if (!envelope.served) return skip(envelope.reason);
  let generated: Awaited<ReturnType<ReturnType<typeof model>["doGenerate"]>>;
  try {
    generated = await model(mockedFetch(envelope.body, "application/json")).doGenerate(call);
  } catch (error) {
    return failure(error) as Decoded;
  }
  const parts = generated.content;
  if (parts.length === 0) return { status: "accepted", received: "nothing" };
  const output = JSON.stringify((generated.response?.body as { output?: unknown[] } | undefined)?.output?.[0]);
  if (parts.some(isImagePart)) return { status: "accepted", output };
  return { status: "accepted", output, received: "other", type: `${[...new Set(parts.map((part) => part.type))].join(", ")} parts` };
}

/**
 * doStream over a body that hands the SDK's SSE parser one chunk per read: one value per event, in order. The SDK
 * yields each event's raw JSON first, then the parts it made from it: an event it made parts for is written back as
 * that raw JSON (its typed parts carry only ids and images); one it made none for came back as nothing.
 * An error part is the SDK refusing that event: the answer ends there, rejected, with the events before it.
 */
async function stream(chunks: Uint8Array[]): Promise<Streamed> {
  const events: DecodedValue[] = [];
  let current: { output: string; made: boolean } | undefined;
  const close = () => current && events.push(current.made ? { output: current.output } : { received: "nothing" });
  try {
    const { stream: parts } = await model(mockedFetch(chunkedBody(chunks), "text/event-stream")).doStream({ ...call, includeRawChunks: true });
    for await (const part of parts) {
      if (part.type === "error") return failure(part.error, events);
      if (part.type === "raw") {
        close();
        current = { output: JSON.stringify(part.rawValue) ?? "null", made: false };
      } else if (current && !streamParts.has(part.type)) current.made = true;
    }
    close();
  } catch (error) {
    return failure(error, events);
  }
  return { status: "accepted", events };
}

/** @ai-sdk/openai's Responses model through its client calls, doGenerate and doStream, as an in-process implementation. */
export const aiSdk: Implementation = {
  describe: () => ({
    name: "@ai-sdk/openai",
    language: "typescript",
    version: VERSION,
    homepage: "https://github.com/vercel/ai",
    entry: {
      name: "client",
      kind: "client",
      calls:
        'createOpenAI({ apiKey, fetch }).responses("gpt-5") with a mocked fetch and the image_generation tool: decode calls doGenerate on an ' +
        "application/json response holding the case's item verbatim as the one element of output and reads the parts it made; " +
        "stream calls doStream({ includeRawChunks: true }) on the case's bytes as text/event-stream, one chunk per read",
    },
    capabilities: {
      operations: ["decode", "stream"],
      shapes: { ImageGenToolCall: "image_generation tool-call + tool-result parts" },
      batch: 256,
      stream_events: "all",
    },
    // The values written back are the SDK's own raw JSON (response.body, raw chunks), every key kept, numbers as JSON.parse read them.
    profile: { unknown_fields: "preserve", null_vs_absent: "distinct", enums: "open", key_casing: "wire", numbers: "double" },
  }),
  decode: (_shape, input) => decode(input),
  stream,
};
