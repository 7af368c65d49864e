/**
 * What happened to one task: a closed union, each with a reason. `failed` is the
 * implementation's fault; `harness-error`, `timeout` and `crashed` are the harness's
 * or the process's, kept apart so a broken harness never reads as a non-conformant SDK.
 */
export type OutcomeKind = "passed" | "failed" | "skipped" | "errored" | "harness-error" | "timeout" | "crashed";

export const outcomeKinds: readonly OutcomeKind[] = ["passed", "failed", "skipped", "errored", "harness-error", "timeout", "crashed"];

/** How faithfully a round trip kept the value. */
export type Fidelity = "exact" | "allowed" | "violating";

export interface Outcome {
  kind: OutcomeKind;
  reason: string;
  /** Rules the case expected rejected that the implementation let through. */
  unenforced?: string[];
  fidelity?: Fidelity;
  /** For implementation-defined cases: the reading the behaviour matched. */
  reading?: string;
  /** What the implementation did with the input, when it answered: the basis of cross-implementation comparison. */
  behaved?: "accept" | "reject";
  /** The tail of the harness's stderr, for outcomes that are not passes. */
  stderr?: string;
}

export const outcome = (kind: OutcomeKind, reason: string, extra: Omit<Outcome, "kind" | "reason"> = {}): Outcome => ({ kind, reason, ...extra });
