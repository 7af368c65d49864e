import { isJsonObject, type JsonValue } from "../json/json-value.js";

/** The parts of a stream event the invariants read; anything else is ignored. */
export interface EventView {
  type: string | undefined;
  /** The call this event belongs to: `item_id`, or `item.id` on output_item events. */
  itemId: string | undefined;
  fields: Record<string, JsonValue>;
}

export function viewEvent(event: JsonValue): EventView {
  if (!isJsonObject(event)) return { type: undefined, itemId: undefined, fields: {} };
  const item = event.item;
  const itemId = typeof event.item_id === "string" ? event.item_id : isJsonObject(item) && typeof item.id === "string" ? item.id : undefined;
  return { type: typeof event.type === "string" ? event.type : undefined, itemId, fields: event };
}
