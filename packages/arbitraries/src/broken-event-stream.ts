import { checkStream, type JsonObject, streamInvariants } from "@imagegen-conformance/core";
import fc from "fast-check";
import { breakers } from "./_internals/stream-breakers/breakers.js";
import { eventStream } from "./event-stream.js";

/** A stream that breaks exactly one invariant, named. */
export interface BrokenEventStream {
  events: JsonObject[];
  breaks: string;
}

/**
 * Streams that break exactly one stream invariant (the named one, or any). The
 * place of the break is a fraction of the candidate places, so it shrinks toward
 * the first one without regenerating the stream.
 */
export function brokenEventStream(invariant?: string): fc.Arbitrary<BrokenEventStream> {
  const chosen = streamInvariants.filter((candidate) => invariant === undefined || candidate.id === invariant);
  if (chosen.length === 0) throw new RangeError(`no stream invariant ${JSON.stringify(invariant)}`);
  return fc
    .tuple(fc.constantFrom(...chosen), eventStream({ maxPartials: 3 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))
    .map(([target, events, place]) => ({ events: breakers[target.kind](events, place) ?? events, breaks: target.id }))
    .filter(({ events, breaks }) => {
      const broken = new Set(checkStream(events).map((violation) => violation.invariant));
      return broken.size === 1 && broken.has(breaks);
    });
}
