import { findShape } from "@imagegen-conformance/core";
import * as current from "@openrouter/sdk";
import { EventStream as CurrentEventStream } from "@openrouter/sdk/lib/event-streams.js";
import * as currentModels from "@openrouter/sdk/models";
import { startCountingUnrecognized as currentCounter } from "@openrouter/sdk/types";
import { isUnknown as currentIsUnknown } from "@openrouter/sdk/types/discriminatedUnion.js";
import * as seed from "openrouter-sdk-0-10-2";
import { EventStream as SeedEventStream } from "openrouter-sdk-0-10-2/lib/event-streams.js";
import * as seedModels from "openrouter-sdk-0-10-2/models";
import { startCountingUnrecognized as seedCounter } from "openrouter-sdk-0-10-2/types";
import { isUnknown as seedIsUnknown } from "openrouter-sdk-0-10-2/types/discriminatedUnion.js";
import * as middle from "openrouter-sdk-0-11-2";
import { EventStream as MiddleEventStream } from "openrouter-sdk-0-11-2/lib/event-streams.js";
import * as middleModels from "openrouter-sdk-0-11-2/models";
import { startCountingUnrecognized as middleCounter } from "openrouter-sdk-0-11-2/types";
import { isUnknown as middleIsUnknown } from "openrouter-sdk-0-11-2/types/discriminatedUnion.js";

type Result = { ok: true; value: unknown } | { ok: false; error: unknown };
type Schema = { parse(value: unknown): unknown; safeParse(value: unknown): { success: boolean } };
// The mocked fetch answers every request with the same body, so it needs no arguments.
export type Fetcher = () => Promise<Response>;
type Message = { data?: string | undefined };
type SseReader = new (body: ReadableStream<Uint8Array>, parse: (message: Message) => IteratorResult<unknown, undefined>) => AsyncIterable<unknown>;

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
  isUnknown(value: unknown): boolean;
  count(): { end(): number };
  /** The client's non-streaming call: the parsed response. */
  respond(fetcher: Fetcher): Promise<{ output: unknown[] }>;
  /** The client's streaming call. */
  send(fetcher: Fetcher): Promise<unknown>;
  /** The SDK's own SSE reader class, which its streaming call parses each event's `data` through. */
  SseReader: SseReader;
}

/** Catalogue shape → SDK type, from 0.11.2 on (1.3.19 kept 0.11.2's names). */
const renamed: Record<string, string> = {
  ImageGenToolCall: "OutputImageGenerationCallItem",
  OutputImageGenerationCallItem: "OutputImageGenerationCallItem",
  OutputItemImageGenerationCall: "OutputItemImageGenerationCall",
  ImageGenCallInProgressEvent: "ImageGenCallInProgressEvent",
  ImageGenCallGeneratingEvent: "ImageGenCallGeneratingEvent",
  ImageGenCallPartialImageEvent: "ImageGenCallPartialImageEvent",
  ImageGenCallCompletedEvent: "ImageGenCallCompletedEvent",
  ResponseOutputItemAddedEvent: "StreamEventsResponseOutputItemAdded",
  ResponseOutputItemDoneEvent: "StreamEventsResponseOutputItemDone",
  ImageGenerationStatus: "ImageGenerationStatus",
  ImageGenToolCallStatus: "ImageGenerationStatus",
};

/** 0.10.2 still has the seed's names, ResponsesImageGenerationCall and OpenResponsesImageGenCall*. */
const seedEra: Record<string, string> = {
  ImageGenToolCall: "ResponsesImageGenerationCall",
  ResponsesImageGenerationCall: "ResponsesImageGenerationCall",
  OutputItemImageGenerationCall: "OutputItemImageGenerationCall",
  OpenResponsesImageGenCallGenerating: "OpenResponsesImageGenCallGenerating",
  ImageGenCallInProgressEvent: "OpenResponsesImageGenCallInProgress",
  ImageGenCallGeneratingEvent: "OpenResponsesImageGenCallGenerating",
  ImageGenCallPartialImageEvent: "OpenResponsesImageGenCallPartialImage",
  ImageGenCallCompletedEvent: "OpenResponsesImageGenCallCompleted",
  ResponseOutputItemAddedEvent: "OpenResponsesStreamEventResponseOutputItemAdded",
  ResponseOutputItemDoneEvent: "OpenResponsesStreamEventResponseOutputItemDone",
  ImageGenerationStatus: "ImageGenerationStatus",
  ImageGenToolCallStatus: "ImageGenerationStatus",
};

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

/** The SDK's own functions for a type: `xFromJSON`, and `xToJSON` where it has an outbound serializer. */
function parsers(types: Record<string, string>, models: object): Record<string, Parser> {
  const exported = models as Record<string, unknown>;
  const parser = (shape: string, type: string): Parser => {
    const name = type[0]?.toLowerCase() + type.slice(1);
    const read = exported[`${name}FromJSON`] as Parser["read"] | undefined;
    const write = exported[`${name}ToJSON`] as Parser["write"] | undefined;
    if (read) return { type, read, ...(write ? { write } : {}), status: statusOf(shape) };
    // No enum has a …FromJSON: JSON.parse, then its inbound schema; written back with its outbound schema.
    const [inbound, outbound] = [exported[`${type}$inboundSchema`], exported[`${type}$outboundSchema`]] as Schema[];
    if (!inbound || !outbound) throw new Error(`${type} has neither ${name}FromJSON nor both schemas`);
    const parse = (text: string): Result => {
      try {
        return { ok: true, value: inbound.parse(JSON.parse(text)) };
      } catch (error) {
        return { ok: false, error };
      }
    };
    return { type, read: parse, write: (value) => JSON.stringify(outbound.parse(value)), status: statusOf(shape) };
  };
  return Object.fromEntries(Object.entries(types).map(([shape, type]) => [shape, parser(shape, type)]));
}

// The smallest request each client sends; retries off, since the mocked fetch never fails.
const request = { model: "gpt-5", input: "x" } as const;
const streaming = { ...request, stream: true } as const;
const settings = { apiKey: "x", retryConfig: { strategy: "none" as const } };
// What every version's response model requires beyond the envelope's own fields (0.10.2 and 0.11.2 the most).
const responseFields = {
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

export const versions: Record<string, () => Version> = {
  "1.3.19": () => {
    const client = (fetcher: Fetcher) => new current.OpenRouter({ ...settings, httpClient: new current.HTTPClient({ fetcher }) });
    return {
      version: current.SDK_METADATA.sdkVersion,
      models: currentModels,
      shapes: parsers(renamed, currentModels),
      items: outputItem(renamed),
      outputItems: currentModels.OutputItems$inboundSchema,
      responseFields,
      isUnknown: currentIsUnknown,
      count: currentCounter,
      respond: (fetcher) => client(fetcher).responses.send({ responsesRequest: request }) as Promise<never>,
      send: (fetcher) => client(fetcher).responses.send({ responsesRequest: streaming }),
      SseReader: CurrentEventStream as unknown as SseReader,
    };
  },
  "0.11.2": () => {
    const client = (fetcher: Fetcher) => new middle.OpenRouter({ ...settings, httpClient: new middle.HTTPClient({ fetcher }) });
    return {
      version: middle.SDK_METADATA.sdkVersion,
      models: middleModels,
      shapes: parsers(renamed, middleModels),
      items: outputItem(renamed),
      outputItems: middleModels.OutputItems$inboundSchema,
      responseFields,
      isUnknown: middleIsUnknown,
      count: middleCounter,
      respond: (fetcher) => client(fetcher).beta.responses.send({ responsesRequest: request }) as Promise<never>,
      send: (fetcher) => client(fetcher).beta.responses.send({ responsesRequest: streaming }),
      SseReader: MiddleEventStream as unknown as SseReader,
    };
  },
  "0.10.2": () => {
    const client = (fetcher: Fetcher) => new seed.OpenRouter({ ...settings, httpClient: new seed.HTTPClient({ fetcher }) });
    return {
      version: seed.SDK_METADATA.sdkVersion,
      models: seedModels,
      shapes: parsers(seedEra, seedModels),
      items: outputItem(seedEra),
      outputItems: seedModels.ResponsesOutputItem$inboundSchema,
      responseFields,
      isUnknown: seedIsUnknown,
      count: seedCounter,
      respond: (fetcher) => client(fetcher).beta.responses.send({ openResponsesRequest: request }) as Promise<never>,
      send: (fetcher) => client(fetcher).beta.responses.send({ openResponsesRequest: streaming }),
      SseReader: SeedEventStream as unknown as SseReader,
    };
  },
};
