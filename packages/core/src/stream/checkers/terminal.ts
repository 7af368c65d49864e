import { previewJson } from "../../json/preview-json.js";
import type { Invariant, InvariantViolation } from "../invariant.js";
import type { EventView } from "../stream-event.js";

/** Per call, nothing follows the terminal event but the allowed closers. */
export function checkTerminal(invariant: Extract<Invariant, { kind: "terminal" }>, events: readonly EventView[]): InvariantViolation[] {
  const ended = new Set<string>();
  const violations: InvariantViolation[] = [];
  events.forEach((event, index) => {
    if (event.itemId === undefined || event.type === undefined) return;
    if (ended.has(event.itemId) && !invariant.allowed.includes(event.type)) {
      violations.push({ invariant: invariant.id, index, message: `${event.type} for item ${previewJson(event.itemId)} after its ${invariant.terminal}` });
    }
    if (event.type === invariant.terminal) ended.add(event.itemId);
  });
  return violations;
}
