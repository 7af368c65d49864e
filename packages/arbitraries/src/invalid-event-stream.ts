import { checkStream, countOnFrom, eventBreaks, type JsonValue, replaceAt } from "@imagegen-conformance/core";
import fc from "fast-check";
import { arbitraryScope } from "./_internals/scope.js";
import { eventStream } from "./event-stream.js";

export interface InvalidEventStreamConstraints {
  /** Image generation calls in one response. Default 2. */
  maxCalls?: number;
  /** Partial images per call. Default 3. */
  maxPartials?: number;
  /**
   * Also break the `type` of the event or of its item, which makes it an event (or
   * item) of a type no document names: whether a client skips it or fails is a
   * question the documents leave open. Default false.
   */
  unknownTypes?: boolean;
}

/** A valid response stream with one event that breaks one rule of its shape. */
export interface InvalidEventStream {
  /** response.created … response.completed; the broken event may be a JSON value that is not an object. */
  events: JsonValue[];
  /** The index of the broken event. */
  event: number;
  /** Its shape, as the stream's shape table names it for its wire type. */
  shape: string;
  /** The one rule it breaks: of its shape, or of the item it carries (`OutputImageGenerationCallItem/status/enum`). */
  violates: string[];
  /** Stream invariants the change breaks too (a broken partial_image_index breaks partial-image-index-contiguous); most often none. */
  invariants: string[];
}

const place = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/**
 * Streams that keep every invariant but carry one event broken by the catalogue's
 * own breaker for one rule (a key dropped, null, a wrong type, a non-integer
 * index, a value outside the enum), chosen among every rule of every stream event
 * shape. The broken event is a fraction of the way through the candidates, so it
 * shrinks toward the first one without regenerating the stream.
 */
export function invalidEventStream(constraints: InvalidEventStreamConstraints = {}): fc.Arbitrary<InvalidEventStream> {
  const breaks = eventBreaks(arbitraryScope("wire")).filter((broken) => constraints.unknownTypes === true || broken.path.at(-1) !== "type");
  const broken = fc.oneof(...breaks.map((target) => target.arbitrary.map((value) => ({ target, value }))));
  const streams = eventStream({ maxCalls: constraints.maxCalls ?? 2, maxPartials: constraints.maxPartials ?? 3 });
  return fc
    .tuple(broken, streams, place)
    .map(([{ target, value }, events, at]): InvalidEventStream | undefined => {
      const candidates = events.flatMap((event, index) => (event.type === target.type ? [index] : []));
      const index = candidates[Math.floor(at * candidates.length)];
      // encodeSse reads every event's `type`: a null event cannot be written as event-stream text by it.
      if (index === undefined || (target.path.length === 0 && value === null)) return undefined;
      const changed = countOnFrom((events as JsonValue[]).with(index, replaceAt(events[index] ?? null, target.path, value)), index);
      const invariants = [...new Set(checkStream(changed).map((violation) => violation.invariant))];
      // A fraction at or below the previous sequence_number breaks the order too: not one broken event.
      if (invariants.includes("sequence-number-increasing")) return undefined;
      return { events: changed, event: index, shape: target.shape.name, violates: [target.rule.id], invariants };
    })
    .filter((value): value is InvalidEventStream => value !== undefined);
}
