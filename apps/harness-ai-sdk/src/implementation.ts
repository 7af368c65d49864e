import { createOpenAI, VERSION } from "@ai-sdk/openai";
import type { DecodedValue } from "@imagegen-conformance/core";
import { chunkedBody, mockedFetch, type ZodIssueLike, zodIssues } from "@imagegen-conformance/harness-kit";
import type { Implementation, Streamed } from "@imagegen-conformance/runner";

// The smallest call that enables the image_generation tool, so its parts are produced.
const call = {
  prompt: [{ role: "user" as const, content: [{ type: "text" as const, text: "x" }] }],
  tools: [{ type: "provider" as const, id: "openai.image_generation" as const, name: "image_generation", args: {} }],
  includeRawChunks: true,
};
// Errors the SDK reports when it refuses a chunk or a response; anything else is unexpected.
const refusals = new Set(["AI_TypeValidationError", "AI_JSONParseError", "AI_APICallError"]);

/** One line: the zod issues behind a validation error (its message repeats the whole chunk, images included). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const list = (error.cause as { issues?: ZodIssueLike[] } | undefined)?.issues;
  const detail = list ? zodIssues(list).slice(0, 4).join("; ") : error.message.slice(0, 300);
  return `${error.name}: ${detail}`.replace(/\s*\n\s*/g, " | ");
}

function failure(error: unknown, events: DecodedValue[]): Exclude<Streamed, { status: "accepted" }> {
  return error instanceof Error && refusals.has(error.name)
    ? { status: "rejected", message: reason(error), events }
    : { status: "errored", message: reason(error) };
}

/**
 * doStream over a body that hands the SDK's SSE parser one chunk per read. The typed parts
 * carry only ids and base64, so each event the SDK turned into an image_generation part is
 * written back as the SDK's own raw part for that chunk (raw parts come first, then the typed
 * parts they gave). Events it models no part for are dropped: a subset. An error part is a refusal.
 */
async function stream(chunks: Uint8Array[]): Promise<Streamed> {
  const fetch = mockedFetch(chunkedBody(chunks), "text/event-stream");
  const events: DecodedValue[] = [];
  try {
    const { stream: parts } = await createOpenAI({ apiKey: "x", fetch }).responses("gpt-5").doStream(call);
    let raw: unknown;
    let written = true;
    for await (const part of parts) {
      if (part.type === "raw") [raw, written] = [part.rawValue, false];
      else if (part.type === "error") return failure(part.error, events);
      else if ((part.type === "tool-call" || part.type === "tool-result") && part.toolName === "image_generation" && !written) {
        events.push({ output: JSON.stringify(raw) });
        written = true;
      }
    }
  } catch (error) {
    return failure(error, events);
  }
  return { status: "accepted", events };
}

/** @ai-sdk/openai's Responses model as an in-process implementation: streams only (see the README for why no decode). */
export const aiSdk: Implementation = {
  describe: () => ({
    name: "@ai-sdk/openai",
    language: "typescript",
    version: VERSION,
    homepage: "https://github.com/vercel/ai",
    capabilities: { operations: ["stream"], shapes: {}, batch: 256, stream_events: "subset" },
    profile: { unknown_fields: "drop", null_vs_absent: "distinct", enums: "open", key_casing: "wire", numbers: "double" },
  }),
  stream,
};
