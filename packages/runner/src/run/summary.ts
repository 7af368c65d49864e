import type { Level } from "@imagegen-conformance/fixtures";
import type { Description } from "../implementation/implementation.js";
import { blameOf, isHarnessProblem, isImplementationFailure, type OutcomeKind, outcomeKinds } from "../outcome/outcome.js";
import type { MeasuredProfile } from "../profile/measure-profile.js";

/** How one implementation fared. */
export interface ImplementationSummary {
  label: string;
  description?: Description;
  /** Why it could not be checked at all (no toolchain, a harness that never said hello). */
  unavailable?: string;
  counts: Record<OutcomeKind, number>;
  /** Outcomes at the levels that gate conformance that were the implementation's failures. */
  gatedFailures: number;
  /** Harness errors, timeouts and crashes, at any level. */
  harnessProblems: number;
  /** Tasks planned for it, when the cases could be counted. */
  planned?: number;
  /** Some case could not be judged: no verdict, neither conformant nor not. */
  incomplete: boolean;
  conformant: boolean;
  /** Passes allowed by the declared profile, not exact: counted apart so they never read as plain passes. */
  allowed?: number;
  /** The profile its answers showed, dimension by dimension (only those some case exercised). */
  measured?: MeasuredProfile;
}

export const emptyCounts = (): Record<OutcomeKind, number> => Object.fromEntries(outcomeKinds.map((kind) => [kind, 0])) as Record<OutcomeKind, number>;

/**
 * Adds one outcome. A failure at a gated level, or any harness problem, makes the implementation
 * non-conformant; an outcome the runner could not judge makes it incomplete, and so not conformant either.
 */
export function tally(summary: ImplementationSummary, kind: OutcomeKind, level: Level, gated: readonly Level[]): void {
  summary.counts[kind]++;
  if (isImplementationFailure(kind) && gated.includes(level)) summary.gatedFailures++;
  if (isHarnessProblem(kind)) summary.harnessProblems++;
  if (blameOf(kind) === "runner") summary.incomplete = true;
  summary.conformant = summary.unavailable === undefined && summary.gatedFailures === 0 && summary.harnessProblems === 0 && !summary.incomplete;
}
