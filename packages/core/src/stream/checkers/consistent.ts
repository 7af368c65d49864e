import type { JsonValue } from "../../json/json-value.js";
import { previewJson } from "../../json/preview-json.js";
import type { Invariant, InvariantViolation } from "../invariant.js";
import type { EventView } from "../stream-event.js";

/** Events that share a key (the output index) belong to one call: one item id. */
export function checkConsistent(invariant: Extract<Invariant, { kind: "consistent" }>, events: readonly EventView[]): InvariantViolation[] {
  const seen = new Map<JsonValue, { itemId: string; index: number }>();
  const violations: InvariantViolation[] = [];
  events.forEach((event, index) => {
    const key = event.fields[invariant.key];
    if (key === undefined || event.itemId === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, { itemId: event.itemId, index });
    else if (first.itemId !== event.itemId) {
      violations.push({
        invariant: invariant.id,
        index,
        message: `${invariant.key} ${previewJson(key)} names item ${previewJson(event.itemId)}, but event ${first.index} named ${previewJson(first.itemId)}`,
      });
    }
  });
  return violations;
}
