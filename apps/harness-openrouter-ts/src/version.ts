import { findShape } from "@imagegen-conformance/core";
import { defaultsToNull } from "./zod-defs.js";

type Result = { ok: true; value: unknown } | { ok: false; error: unknown };
export type Schema = { parse(value: unknown): unknown; safeParse(value: unknown): { success: boolean } };
// The mocked fetch answers every request with the same body, so it needs no arguments.
export type Fetcher = () => Promise<Response>;
type Message = { data?: string | undefined };
export type SseReader = new (body: ReadableStream<Uint8Array>, parse: (message: Message) => IteratorResult<unknown, undefined>) => AsyncIterable<unknown>;
type Counter = () => { end(): number };

/** How one SDK type reads a catalogue shape: its text parser, its serializer if it has one, and where its status enum sits. */
export interface Parser {
  type: string;
  read(text: string): Result;
  write?(value: unknown): string;
  status?: readonly string[];
}

/** One installed version: its helpers by catalogue shape, and its client's calls. */
export interface Version {
  /** What the installed package says it is (SDK_METADATA), not what was asked for. */
  version: string;
  /** The client's call as hello names it, e.g. `beta.responses.send({ openResponsesRequest })`. */
  call: string;
  /** What this release lacks that the harness would otherwise use, one clause each, for hello (none in the pinned versions). */
  absent: readonly string[];
  /** Every export of the version's `models`, to name a schema and find a type's `…ToJSON`. */
  models: Readonly<Record<string, unknown>>;
  /** The helper entry: the typed `…FromJSON` for each catalogue shape. */
  shapes: Record<string, Parser>;
  /** The client entry: catalogue item shape → the SDK type a response's `output[]` element is read as. */
  items: Record<string, string>;
  /** The union each `output[]` element (and the `item` of an output-item event) goes through. */
  outputItems: Schema;
  /** Fields the SDK's response model requires beyond the envelope's own. */
  responseFields: Readonly<Record<string, unknown>>;
  /** Whether a declared type reads an absent field as null (`result` from 0.1.8 on): its profile's null_vs_absent. */
  nullDefault: boolean;
  /** The SDK's UNKNOWN mark; releases before it have none. */
  isUnknown?(value: unknown): boolean;
  /** The SDK's unrecognised-enum counter; releases before it have none. */
  count?: Counter;
  /** The client's non-streaming call: the parsed response. */
  respond(fetcher: Fetcher): Promise<{ output: unknown[] }>;
  /** The client's streaming call. */
  send(fetcher: Fetcher): Promise<unknown>;
  /** The SDK's own SSE reader class, which its streaming call parses each event's `data` through. */
  SseReader: SseReader;
}

/** Whether the SDK marked a value as its UNKNOWN catch-all (never, in a release without the mark). */
export const marked =
  (sdk: Version) =>
  (value: unknown): boolean =>
    sdk.isUnknown?.(value) === true;

/** The parts of @openrouter/sdk a Version is built from, however they were loaded. */
export interface Release {
  sdk: { OpenRouter: new (options: object) => object; HTTPClient: new (options: { fetcher: Fetcher }) => object; SDK_METADATA: { sdkVersion: string } };
  models: Readonly<Record<string, unknown>>;
  /** Catalogue shape → SDK type name. */
  types: Record<string, string>;
  outputItems: Schema;
  /** Where the client's `send` sits, and the key its request goes under (none: the request is passed as it is). */
  client: { at: "responses" | "beta.responses"; key?: string };
  responseFields?: Readonly<Record<string, unknown>>;
  isUnknown?(value: unknown): boolean;
  count?: Counter;
  SseReader: SseReader;
  absent?: readonly string[];
}

/**
 * The item shapes a response's `output[]` carries, read there as the SDK's output item. The echo item
 * (`OutputItemImageGenerationCall`) lives in `instructions`, not `output`, so the client entry does not declare it.
 */
const outputItem = (types: Record<string, string>) =>
  Object.fromEntries(Object.entries(types).filter(([shape, type]) => findShape(shape)?.kind === "item" && type === types.ImageGenToolCall));

/** Where the open status enum sits in a value of this catalogue shape. */
function statusOf(shape: string): readonly string[] | undefined {
  const found = findShape(shape);
  if (found?.kind === "enum") return [];
  if (found?.kind === "item") return ["status"];
  return found && "fields" in found && (found.fields as { wire: string }[]).some((field) => field.wire === "item") ? ["item", "status"] : undefined;
}

/** The SDK's own functions for a type: `xFromJSON`, and `xToJSON` where it has an outbound serializer; none without either. */
export function parserOf(shape: string, type: string, models: Readonly<Record<string, unknown>>): Parser | undefined {
  const name = type[0]?.toLowerCase() + type.slice(1);
  const read = models[`${name}FromJSON`] as Parser["read"] | undefined;
  const write = models[`${name}ToJSON`] as Parser["write"] | undefined;
  if (read) return { type, read, ...(write ? { write } : {}), status: statusOf(shape) };
  // No enum has a …FromJSON: JSON.parse, then its inbound schema; written back with its outbound schema.
  const [inbound, outbound] = [models[`${type}$inboundSchema`], models[`${type}$outboundSchema`]] as (Schema | undefined)[];
  if (!inbound || !outbound) return undefined;
  const parse = (text: string): Result => {
    try {
      return { ok: true, value: inbound.parse(JSON.parse(text)) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  return { type, read: parse, write: (value) => JSON.stringify(outbound.parse(value)), status: statusOf(shape) };
}

function parsers(types: Record<string, string>, models: Readonly<Record<string, unknown>>): Record<string, Parser> {
  const found: Record<string, Parser> = {};
  for (const [shape, type] of Object.entries(types)) {
    const parser = parserOf(shape, type, models);
    if (parser) found[shape] = parser;
  }
  return found;
}

// The smallest request each client sends; retries off, since the mocked fetch never fails.
const request = { model: "gpt-5", input: "x" } as const;
const streaming = { ...request, stream: true } as const;
const settings = { apiKey: "x", retryConfig: { strategy: "none" as const } };
/** What every pinned version's response model requires beyond the envelope's own fields (0.10.2 and 0.11.2 the most). */
export const responseFields = {
  completed_at: null,
  error: null,
  incomplete_details: null,
  temperature: null,
  top_p: null,
  presence_penalty: null,
  frequency_penalty: null,
  instructions: null,
  metadata: null,
  tools: [],
  tool_choice: "auto",
  parallel_tool_calls: false,
};

type Sender = { send(request: object): Promise<unknown> };

/** A Version from a release's parts: its client as users build it, the request under the key its `send` takes. */
export function version(release: Release): Version {
  const { at, key } = release.client;
  const sender = (fetcher: Fetcher): Sender => {
    const client = new release.sdk.OpenRouter({ ...settings, httpClient: new release.sdk.HTTPClient({ fetcher }) }) as Record<string, Sender>;
    return at === "responses" ? (client.responses as Sender) : ((client.beta as unknown as Record<string, Sender>).responses as Sender);
  };
  const wrap = (body: object) => (key ? { [key]: body } : body);
  return {
    version: release.sdk.SDK_METADATA.sdkVersion,
    call: `${at}.send(${key ? `{ ${key} }` : "request"})`,
    absent: release.absent ?? [],
    models: release.models,
    shapes: parsers(release.types, release.models),
    items: outputItem(release.types),
    outputItems: release.outputItems,
    responseFields: release.responseFields ?? responseFields,
    nullDefault: Object.values(release.types).some((type) => defaultsToNull(release.models[`${type}$inboundSchema`])),
    ...(release.isUnknown ? { isUnknown: release.isUnknown } : {}),
    ...(release.count ? { count: release.count } : {}),
    respond: (fetcher) => sender(fetcher).send(wrap(request)) as Promise<never>,
    send: (fetcher) => sender(fetcher).send(wrap(streaming)),
    SseReader: release.SseReader,
  };
}
