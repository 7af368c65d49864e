import type { Invariant, JsonObject } from "@imagegen-conformance/core";

type Events = JsonObject[];
const imageEvent = (stage: string) => `response.image_generation_call.${stage}`;
const renumber = (events: Events) => events.map((event, sequence) => ({ ...event, sequence_number: sequence }));
const indexesOf = (events: Events, test: (event: JsonObject) => boolean) => events.flatMap((event, index) => (test(event) ? [index] : []));
/** The candidate at a fraction of the way through the list. */
const pick = (candidates: number[], place: number) => candidates[Math.floor(place * candidates.length)];

/**
 * For each kind of invariant, a change to a valid stream, at a place given as a
 * fraction, that breaks it and leaves the others whole; `undefined` when the
 * stream offers no place for it.
 */
export const breakers: Record<Invariant["kind"], (events: Events, place: number) => Events | undefined> = {
  // Repeat the previous event's sequence number.
  increasing: (events, place) => {
    const at = pick(indexesOf(events, (_event) => true).slice(1), place);
    return at === undefined
      ? undefined
      : events.map((event, index) => (index === at ? { ...event, sequence_number: events[at - 1]?.sequence_number ?? 0 } : event));
  },
  // Give one lifecycle event of a call another item id.
  consistent: (events, place) => {
    const at = pick(
      indexesOf(events, (event) => [imageEvent("in_progress"), imageEvent("generating"), imageEvent("completed")].includes(String(event.type))),
      place,
    );
    return at === undefined ? undefined : events.map((event, index) => (index === at ? { ...event, item_id: `${String(event.item_id)}_other` } : event));
  },
  // Skip a partial image index.
  contiguous: (events, place) => {
    const at = pick(
      indexesOf(events, (event) => event.type === imageEvent("partial_image")),
      place,
    );
    return at === undefined
      ? undefined
      : events.map((event, index) => (index === at ? { ...event, partial_image_index: (event.partial_image_index as number) + 1 } : event));
  },
  // Swap a call's in_progress and generating events.
  ordered: (events, place) => {
    const at = pick(
      indexesOf(events, (event) => event.type === imageEvent("in_progress")),
      place,
    );
    if (at === undefined) return undefined;
    const generating = events.findIndex((event, index) => index > at && event.type === imageEvent("generating") && event.item_id === events[at]?.item_id);
    const swapped = [...events];
    [swapped[at], swapped[generating]] = [swapped[generating] as JsonObject, swapped[at] as JsonObject];
    return renumber(swapped);
  },
  // Send a call's completed event twice.
  terminal: (events, place) => {
    const at = pick(
      indexesOf(events, (event) => event.type === imageEvent("completed")),
      place,
    );
    return at === undefined ? undefined : renumber([...events.slice(0, at + 1), events[at] as JsonObject, ...events.slice(at + 1)]);
  },
};
