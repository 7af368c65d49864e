import { previewJson } from "../../json/preview-json.js";
import type { Invariant, InvariantViolation } from "../invariant.js";
import type { EventView } from "../stream-event.js";

/** Per call, a counter on one event type runs start, start+1, … with no gap or repeat. */
export function checkContiguous(invariant: Extract<Invariant, { kind: "contiguous" }>, events: readonly EventView[]): InvariantViolation[] {
  const next = new Map<string, number>();
  const violations: InvariantViolation[] = [];
  events.forEach((event, index) => {
    if (event.type !== invariant.type || event.itemId === undefined) return;
    const value = event.fields[invariant.field];
    const expected = next.get(event.itemId) ?? invariant.start;
    if (value !== expected) {
      violations.push({ invariant: invariant.id, index, message: `${invariant.field} is ${previewJson(value)}, expected ${expected}` });
    }
    next.set(event.itemId, (typeof value === "number" ? value : expected) + 1);
  });
  return violations;
}
