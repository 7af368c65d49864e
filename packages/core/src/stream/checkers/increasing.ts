import type { Invariant, InvariantViolation } from "../invariant.js";
import type { EventView } from "../stream-event.js";

/** A numeric field strictly increases over the whole stream. */
export function checkIncreasing(invariant: Extract<Invariant, { kind: "increasing" }>, events: readonly EventView[]): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  let previous: number | undefined;
  events.forEach((event, index) => {
    const value = event.fields[invariant.field];
    if (typeof value !== "number") return;
    if (previous !== undefined && value <= previous) {
      violations.push({ invariant: invariant.id, index, message: `${invariant.field} ${value} does not increase on ${previous}` });
    }
    previous = value;
  });
  return violations;
}
