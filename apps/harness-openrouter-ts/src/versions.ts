// The three pinned versions, installed side by side, with their names written out by hand.
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
import { type Release, type SseReader, type Version, version } from "./version.js";

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

const sdk = (module: object) => module as unknown as Release["sdk"];

export const versions: Record<string, () => Version> = {
  "1.3.19": () =>
    version({
      sdk: sdk(current),
      models: currentModels,
      types: renamed,
      outputItems: currentModels.OutputItems$inboundSchema,
      client: { at: "responses", key: "responsesRequest" },
      isUnknown: currentIsUnknown,
      count: currentCounter,
      SseReader: CurrentEventStream as unknown as SseReader,
    }),
  "0.11.2": () =>
    version({
      sdk: sdk(middle),
      models: middleModels,
      types: renamed,
      outputItems: middleModels.OutputItems$inboundSchema,
      client: { at: "beta.responses", key: "responsesRequest" },
      isUnknown: middleIsUnknown,
      count: middleCounter,
      SseReader: MiddleEventStream as unknown as SseReader,
    }),
  "0.10.2": () =>
    version({
      sdk: sdk(seed),
      models: seedModels,
      types: seedEra,
      outputItems: seedModels.ResponsesOutputItem$inboundSchema,
      client: { at: "beta.responses", key: "openResponsesRequest" },
      isUnknown: seedIsUnknown,
      count: seedCounter,
      SseReader: SeedEventStream as unknown as SseReader,
    }),
};
