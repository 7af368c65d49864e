import { findShape } from "@imagegen-conformance/core";
import * as current from "@openrouter/sdk";
import * as currentModels from "@openrouter/sdk/models";
import { startCountingUnrecognized as currentCounter } from "@openrouter/sdk/types";
import { isUnknown as currentIsUnknown } from "@openrouter/sdk/types/discriminatedUnion.js";
import * as seed from "openrouter-sdk-0-10-2";
import * as seedModels from "openrouter-sdk-0-10-2/models";
import { startCountingUnrecognized as seedCounter } from "openrouter-sdk-0-10-2/types";
import { isUnknown as seedIsUnknown } from "openrouter-sdk-0-10-2/types/discriminatedUnion.js";
import * as middle from "openrouter-sdk-0-11-2";
import * as middleModels from "openrouter-sdk-0-11-2/models";
import { startCountingUnrecognized as middleCounter } from "openrouter-sdk-0-11-2/types";
import { isUnknown as middleIsUnknown } from "openrouter-sdk-0-11-2/types/discriminatedUnion.js";

type Result = { ok: true; value: unknown } | { ok: false; error: unknown };
type Schema = { parse(value: unknown): unknown };
// The mocked fetch answers every request with the same body, so it needs no arguments.
export type Fetcher = () => Promise<Response>;

/** How one SDK type reads a catalogue shape: its text parser, its serializer if it has one, and where its status enum sits. */
export interface Parser {
  type: string;
  read(text: string): Result;
  write?(value: unknown): string;
  status?: readonly string[];
}

/** One installed version: its parsers by catalogue shape, its UNKNOWN test, its enum counter, and its streaming call. */
export interface Version {
  /** What the installed package says it is (SDK_METADATA), not what was asked for. */
  version: string;
  shapes: Record<string, Parser>;
  isUnknown(value: unknown): boolean;
  count(): { end(): number };
  send(fetcher: Fetcher): Promise<unknown>;
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

// The smallest streaming request each client sends; retries off, since the mocked fetch never fails.
const request = { model: "gpt-5", input: "x", stream: true } as const;
const settings = { apiKey: "x", retryConfig: { strategy: "none" as const } };

export const versions: Record<string, () => Version> = {
  "1.3.19": () => ({
    version: current.SDK_METADATA.sdkVersion,
    shapes: parsers(renamed, currentModels),
    isUnknown: currentIsUnknown,
    count: currentCounter,
    send: (fetcher) => new current.OpenRouter({ ...settings, httpClient: new current.HTTPClient({ fetcher }) }).responses.send({ responsesRequest: request }),
  }),
  "0.11.2": () => ({
    version: middle.SDK_METADATA.sdkVersion,
    shapes: parsers(renamed, middleModels),
    isUnknown: middleIsUnknown,
    count: middleCounter,
    send: (fetcher) =>
      new middle.OpenRouter({ ...settings, httpClient: new middle.HTTPClient({ fetcher }) }).beta.responses.send({ responsesRequest: request }),
  }),
  "0.10.2": () => ({
    version: seed.SDK_METADATA.sdkVersion,
    shapes: parsers(seedEra, seedModels),
    isUnknown: seedIsUnknown,
    count: seedCounter,
    send: (fetcher) =>
      new seed.OpenRouter({ ...settings, httpClient: new seed.HTTPClient({ fetcher }) }).beta.responses.send({ openResponsesRequest: request }),
  }),
};
