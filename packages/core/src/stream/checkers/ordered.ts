import { previewJson } from "../../json/preview-json.js";
import type { Invariant, InvariantViolation } from "../invariant.js";
import type { EventView } from "../stream-event.js";

/** Per call, event types appear in the declared order (each may repeat, none may go back). */
export function checkOrdered(invariant: Extract<Invariant, { kind: "ordered" }>, events: readonly EventView[]): InvariantViolation[] {
  const reached = new Map<string, number>();
  const violations: InvariantViolation[] = [];
  events.forEach((event, index) => {
    const rank = event.type === undefined ? -1 : invariant.order.indexOf(event.type);
    if (rank < 0 || event.itemId === undefined) return;
    const previous = reached.get(event.itemId) ?? -1;
    if (rank < previous) {
      violations.push({
        invariant: invariant.id,
        index,
        message: `${event.type} comes after ${invariant.order[previous]} for item ${previewJson(event.itemId)}`,
      });
    } else reached.set(event.itemId, rank);
  });
  return violations;
}
