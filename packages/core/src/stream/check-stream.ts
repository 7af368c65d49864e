import type { JsonValue } from "../json/json-value.js";
import { checkConsistent } from "./checkers/consistent.js";
import { checkContiguous } from "./checkers/contiguous.js";
import { checkIncreasing } from "./checkers/increasing.js";
import { checkOrdered } from "./checkers/ordered.js";
import { checkTerminal } from "./checkers/terminal.js";
import type { Invariant, InvariantViolation } from "./invariant.js";
import { type EventView, viewEvent } from "./stream-event.js";
import { streamInvariants } from "./stream-invariants.js";

type Checker<K extends Invariant["kind"]> = (invariant: Extract<Invariant, { kind: K }>, events: readonly EventView[]) => InvariantViolation[];

// One checker per kind of invariant; the invariants themselves are data.
const checkers: { [K in Invariant["kind"]]: Checker<K> } = {
  increasing: checkIncreasing,
  consistent: checkConsistent,
  contiguous: checkContiguous,
  ordered: checkOrdered,
  terminal: checkTerminal,
};

/** Every violation of every invariant in a decoded stream, in invariant order. */
export function checkStream(events: readonly JsonValue[], invariants: readonly Invariant[] = streamInvariants): InvariantViolation[] {
  const views = events.map(viewEvent);
  return invariants.flatMap((invariant) => (checkers[invariant.kind] as Checker<typeof invariant.kind>)(invariant as never, views));
}
