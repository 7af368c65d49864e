import type { DecodedValue, Entry } from "@imagegen-conformance/core";
import { chunkedBody, mockedFetch, responseEnvelope } from "@imagegen-conformance/harness-kit";
import type { Decoded, Description, Implementation, Streamed } from "@imagegen-conformance/runner";
import OpenAI, { OpenAIError } from "openai";
import { VERSION } from "openai/version";

type Fetch = () => Promise<Response>;
const client = (fetch: Fetch) => new OpenAI({ apiKey: "x", maxRetries: 0, fetch });
const request = { model: "gpt-5", input: "x" } as const;
const skip = (reason: string): Decoded => ({ status: "skipped", reason });

/** OpenAIError (its stream checks) and SyntaxError (its JSON.parse) are the SDK refusing the input; anything else is unexpected. */
function failure(error: unknown, events?: DecodedValue[]): Exclude<Streamed, { status: "accepted" }> {
  // OpenAIError keeps the name "Error": name it by its class.
  const name = error instanceof Error ? (error.name === "Error" ? error.constructor.name : error.name) : "";
  const message = error instanceof Error ? `${name}: ${error.message}`.replace(/\s*\n\s*/g, " | ") : String(error);
  if (error instanceof OpenAIError || error instanceof SyntaxError) return { status: "rejected", message, ...(events ? { events } : {}) };
  return { status: "errored", message };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * What user code got for an item. The SDK has no runtime types: `output[0]` is what its JSON.parse built, typed by its
 * `type` member. The declared type, ImageGenerationCall, is the one whose `type` is image_generation_call.
 */
function item(value: unknown): DecodedValue {
  const output = JSON.stringify(value);
  if (!isObject(value)) return { output, received: "raw" };
  if (value.type === "image_generation_call") return { output };
  const type = typeof value.type === "string" ? value.type : value.type === undefined ? "an object with no type" : `type ${JSON.stringify(value.type)}`;
  return { output, received: "other", type };
}

/** A streamed event: the object the SDK yields as a ResponseStreamEvent, or the value as is when it is not an object. */
const event = (value: unknown): DecodedValue => ({ output: JSON.stringify(value), ...(isObject(value) ? {} : { received: "raw" as const }) });

/** `responses.create` (non-streaming) over a body that holds the case's text verbatim as the one element of `output`. */
async function decode(input: string): Promise<Decoded> {
  const envelope = responseEnvelope(input);
  if (!envelope.served) return skip(envelope.reason);
  let output: unknown[];
  try {
    ({ output } = (await client(mockedFetch(envelope.body, "application/json")).responses.create(request)) as { output: unknown[] });
  } catch (error) {
    return failure(error) as Decoded;
  }
  return output.length === 0 ? { status: "accepted", received: "nothing" } : { status: "accepted", ...item(output[0]) };
}

/** Every event of a stream the SDK reads over a body that hands its SSE decoder one chunk per read. */
async function read(open: (fetch: Fetch) => AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>, chunks: Uint8Array[]): Promise<Streamed> {
  const events: DecodedValue[] = [];
  try {
    for await (const value of await open(mockedFetch(chunkedBody(chunks), "text/event-stream"))) events.push(event(value));
  } catch (error) {
    return failure(error, events);
  }
  return { status: "accepted", events };
}

function describe(entry: Entry, operations: Description["capabilities"]["operations"], shapes: Record<string, string>): Description {
  return {
    name: "openai",
    language: "typescript",
    version: VERSION,
    homepage: "https://github.com/openai/openai-node",
    entry,
    capabilities: { operations, shapes, batch: 256, stream_events: "all" },
    profile: { unknown_fields: "preserve", null_vs_absent: "distinct", enums: "open", key_casing: "wire", numbers: "double" },
  };
}

const fetchNote = "new OpenAI({ fetch }) with a mocked fetch";
const itemType = "ResponseOutputItem.ImageGenerationCall";

const entries = {
  client: {
    describe: () =>
      describe(
        {
          name: "client",
          kind: "client",
          calls:
            `${fetchNote}: decode calls client.responses.create({ model, input }) on an application/json response holding the case's item ` +
            "verbatim as the one element of output and reads output[0]; stream calls client.responses.create({ model, input, stream: true }) " +
            "on the case's bytes as text/event-stream, one chunk per read",
        },
        ["decode", "stream"],
        // The document's reading of the item and the SDK's own (12 fields): output[0] is the same value either way.
        { ImageGenToolCall: itemType, ResponseOutputItemImageGenerationCall: itemType },
      ),
    decode: (_shape, input) => decode(input),
    stream: (chunks) => read((fetch) => client(fetch).responses.create({ ...request, stream: true }), chunks),
  },
  "responses.stream": {
    describe: () =>
      describe(
        {
          name: "responses.stream",
          kind: "client",
          calls: `${fetchNote}: for await (const event of client.responses.stream({ model, input })), the accumulating reader, on the case's bytes as text/event-stream, one chunk per read`,
        },
        ["stream"],
        {},
      ),
    stream: (chunks) => read((fetch) => client(fetch).responses.stream(request), chunks),
  },
} satisfies Record<string, Implementation>;

export type EntryName = keyof typeof entries;
export const entryNames = Object.keys(entries) as EntryName[];

/** The openai package through one entry point, as an in-process implementation. */
export const openai = (entry: EntryName): Implementation => entries[entry];
