import type { Level } from "@imagegen-conformance/fixtures";
import type { Description } from "../implementation/implementation.js";
import { type OutcomeKind, outcomeKinds } from "../outcome/outcome.js";

/** How one implementation fared. */
export interface ImplementationSummary {
  label: string;
  description?: Description;
  /** Why it could not be checked at all (no toolchain, a harness that never said hello). */
  unavailable?: string;
  counts: Record<OutcomeKind, number>;
  /** Outcomes at the levels that gate conformance that were not passes or skips. */
  gatedFailures: number;
  /** Harness errors, timeouts and crashes, at any level. */
  harnessProblems: number;
  conformant: boolean;
}

export const emptyCounts = (): Record<OutcomeKind, number> => Object.fromEntries(outcomeKinds.map((kind) => [kind, 0])) as Record<OutcomeKind, number>;

/** Adds one outcome; a failure or error at a gated level, or any harness problem, makes the implementation non-conformant. */
export function tally(summary: ImplementationSummary, kind: OutcomeKind, level: Level, gated: readonly Level[]): void {
  summary.counts[kind]++;
  if ((kind === "failed" || kind === "errored") && gated.includes(level)) summary.gatedFailures++;
  if (kind === "harness-error" || kind === "timeout" || kind === "crashed") summary.harnessProblems++;
  summary.conformant = summary.unavailable === undefined && summary.gatedFailures === 0 && summary.harnessProblems === 0;
}
