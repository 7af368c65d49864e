import { ImageGenCallCompletedEvent } from "../catalogue/events/image-gen-call-completed-event.js";
import { ImageGenCallGeneratingEvent } from "../catalogue/events/image-gen-call-generating-event.js";
import { ImageGenCallInProgressEvent } from "../catalogue/events/image-gen-call-in-progress-event.js";
import { ImageGenCallPartialImageEvent } from "../catalogue/events/image-gen-call-partial-image-event.js";
import { ResponseOutputItemAddedEvent } from "../catalogue/events/response-output-item-added-event.js";
import { ResponseOutputItemDoneEvent } from "../catalogue/events/response-output-item-done-event.js";
import type { ObjectShape } from "../shape/object-shape.js";

/** The current shape of each stream event of this family, by its wire `type`. Other events are not ours to judge. */
export const streamEventShapes: ReadonlyMap<string, ObjectShape> = new Map(
  [
    ResponseOutputItemAddedEvent,
    ImageGenCallInProgressEvent,
    ImageGenCallGeneratingEvent,
    ImageGenCallPartialImageEvent,
    ImageGenCallCompletedEvent,
    ResponseOutputItemDoneEvent,
  ].map((shape) => [JSON.parse(shape.fields[0]?.rules.literal?.expected ?? '""') as string, shape]),
);
