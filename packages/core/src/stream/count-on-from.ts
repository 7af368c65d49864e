import { isJsonObject, type JsonValue } from "../json/json-value.js";

/** After a fractional sequence_number the later events count on from it, so the fraction is the only thing broken. */
export function countOnFrom(events: readonly JsonValue[], index: number): JsonValue[] {
  const broken = events[index];
  const value = isJsonObject(broken) ? broken.sequence_number : undefined;
  if (typeof value !== "number" || Number.isInteger(value)) return [...events];
  return events.map((event, at) => (at > index && isJsonObject(event) ? { ...event, sequence_number: Math.floor(value) + (at - index) } : event));
}
