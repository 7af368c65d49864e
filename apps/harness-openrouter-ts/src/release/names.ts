// Which SDK type reads each catalogue shape, found by name in the release's own `models` exports.
import { catalogue } from "@imagegen-conformance/core";
import type { Exports } from "./load.js";

/**
 * The names @openrouter/sdk has given each shape's type, newest first: the seed era (to 0.10.2) has
 * `ResponsesImageGenerationCall`, `OpenResponsesImageGenCall*`, `OpenResponsesStreamEvent…`; 0.11.2 on has
 * `OutputImageGenerationCallItem`, `ImageGenCall*Event`, `StreamEvents…`. Any other shape only by its own name.
 */
const aliases: Record<string, readonly string[]> = {
  ImageGenToolCall: ["OutputImageGenerationCallItem", "ResponsesImageGenerationCall"],
  ImageGenCallInProgressEvent: ["ImageGenCallInProgressEvent", "OpenResponsesImageGenCallInProgress"],
  ImageGenCallGeneratingEvent: ["ImageGenCallGeneratingEvent", "OpenResponsesImageGenCallGenerating"],
  ImageGenCallPartialImageEvent: ["ImageGenCallPartialImageEvent", "OpenResponsesImageGenCallPartialImage"],
  ImageGenCallCompletedEvent: ["ImageGenCallCompletedEvent", "OpenResponsesImageGenCallCompleted"],
  ResponseOutputItemAddedEvent: ["StreamEventsResponseOutputItemAdded", "OpenResponsesStreamEventResponseOutputItemAdded"],
  ResponseOutputItemDoneEvent: ["StreamEventsResponseOutputItemDone", "OpenResponsesStreamEventResponseOutputItemDone"],
  ImageGenToolCallStatus: ["ImageGenerationStatus"],
};

const declarable = new Set(["item", "event", "enum"]);
const candidates = (shape: string) => aliases[shape] ?? [shape];

/** What a release with none of them lacks, in one line. */
export const lookedFor =
  "no OutputImageGenerationCallItem, ResponsesImageGenerationCall, ImageGenCall…Event, OpenResponsesImageGenCall…, StreamEventsResponseOutputItem…, " +
  "OpenResponsesStreamEventResponseOutputItem… or ImageGenerationStatus, nor any other catalogue shape by its own name";

/** Catalogue shape → the first of its names the release exports a schema for (`X$inboundSchema`). */
export function typesIn(models: Exports): Record<string, string> {
  const types: Record<string, string> = {};
  for (const shape of catalogue) {
    if (!declarable.has(shape.kind)) continue;
    const found = candidates(shape.name).find((type) => `${type}$inboundSchema` in models);
    if (found) types[shape.name] = found;
  }
  return types;
}
