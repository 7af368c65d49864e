import type { DecodedValue } from "@imagegen-conformance/core";
import { chunkedBody, mockedFetch } from "@imagegen-conformance/harness-kit";
import type { Decoded, Implementation, Streamed } from "@imagegen-conformance/runner";
import OpenAI, { OpenAIError } from "openai";
import { VERSION } from "openai/version";

type Fetch = () => Promise<Response>;
const client = (fetch: Fetch) => new OpenAI({ apiKey: "x", maxRetries: 0, fetch });
const request = { model: "gpt-5", input: "x" } as const;

/** OpenAIError (its stream checks) and SyntaxError (its JSON.parse) are the SDK refusing the input; anything else is unexpected. */
function failure(error: unknown, events?: DecodedValue[]): Exclude<Streamed, { status: "accepted" }> {
  // OpenAIError keeps the name "Error": name it by its class.
  const name = error instanceof Error ? (error.name === "Error" ? error.constructor.name : error.name) : "";
  const message = error instanceof Error ? `${name}: ${error.message}`.replace(/\s*\n\s*/g, " | ") : String(error);
  if (error instanceof OpenAIError || error instanceof SyntaxError) return { status: "rejected", message, ...(events ? { events } : {}) };
  return { status: "errored", message };
}

/**
 * A non-streaming `responses.create` whose body is written as text around the input,
 * so the raw text (duplicate keys and all) reaches the SDK's own JSON.parse.
 */
async function decode(input: string): Promise<Decoded> {
  const body = `{"id":"resp_1","object":"response","output":[${input}]}`;
  let response: { output: unknown[] };
  try {
    response = (await client(mockedFetch(body, "application/json")).responses.create(request)) as never;
    // Text that is not one JSON value alone can still close the wrapper (`{}, {}`): the SDK would refuse it as a whole body.
    JSON.parse(input);
  } catch (error) {
    return failure(error) as Decoded;
  }
  return { status: "accepted", output: JSON.stringify(response.output[0]) };
}

/** `responses.stream` (the accumulating reader) over a body that hands its SSE decoder one chunk per read. */
async function stream(chunks: Uint8Array[]): Promise<Streamed> {
  const body = chunkedBody(chunks);
  const events: DecodedValue[] = [];
  try {
    const reader = client(mockedFetch(body, "text/event-stream")).responses.stream(request);
    for await (const event of reader) events.push({ output: JSON.stringify(event) });
  } catch (error) {
    return failure(error, events);
  }
  return { status: "accepted", events };
}

/** The openai package as an in-process implementation. It has no runtime schema: what it keeps is what JSON.parse gave. */
export const openai: Implementation = {
  describe: () => ({
    name: "openai",
    language: "typescript",
    version: VERSION,
    homepage: "https://github.com/openai/openai-node",
    capabilities: {
      operations: ["decode", "stream"],
      shapes: { ImageGenToolCall: "ResponseOutputItem.ImageGenerationCall" },
      batch: 256,
      stream_events: "all",
    },
    profile: { unknown_fields: "preserve", null_vs_absent: "distinct", enums: "open", key_casing: "wire", numbers: "double" },
  }),
  decode: (_shape, input) => decode(input),
  stream,
};
