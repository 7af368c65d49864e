import type { Profile } from "@imagegen-conformance/core";

/**
 * What happened to one task: a closed union, each with a reason. `failed` and `errored`
 * are the implementation's fault; `harness-error`, `timeout` and `crashed` the harness's
 * or the process's, kept apart so a broken harness never reads as a non-conformant SDK;
 * `unjudged` is the runner's own: it could not judge the case (a limit it names, or a bug),
 * so the verdict is incomplete rather than green or red.
 */
export type OutcomeKind = "passed" | "failed" | "skipped" | "errored" | "harness-error" | "timeout" | "crashed" | "unjudged";

/** Whose the outcome is: the one definition every count, verdict and report derives from. */
export type Blame = "none" | "implementation" | "harness" | "runner";

const blames: Record<OutcomeKind, Blame> = {
  passed: "none",
  skipped: "none",
  failed: "implementation",
  errored: "implementation",
  "harness-error": "harness",
  timeout: "harness",
  crashed: "harness",
  unjudged: "runner",
};

export const outcomeKinds = Object.keys(blames) as readonly OutcomeKind[];

export const blameOf = (kind: OutcomeKind): Blame => blames[kind];
/** The implementation's failures: they gate at the levels that gate. */
export const isImplementationFailure = (kind: OutcomeKind): boolean => blames[kind] === "implementation";
/** The harness's or its process's: they make a verdict impossible to trust, so never conformant. */
export const isHarnessProblem = (kind: OutcomeKind): boolean => blames[kind] === "harness";
/** Not a pass and not a skip: worth a reproducer, a listing, a look. */
export const isProblem = (kind: OutcomeKind): boolean => blames[kind] !== "none";

/** How faithfully a round trip kept the value. */
export type Fidelity = "exact" | "allowed" | "violating";

export interface Outcome {
  kind: OutcomeKind;
  reason: string;
  /** Rules the case expected rejected that the implementation let through. */
  unenforced?: string[];
  /** Where the SDK marked a value it let through as an unrecognised enum value (its open enum): the evidence of keeping it. */
  unrecognized?: string[];
  fidelity?: Fidelity;
  /** For implementation-defined cases: the reading the behaviour matched. */
  reading?: string;
  /** What the implementation did with the input, when it answered: the basis of cross-implementation comparison. */
  behaved?: "accept" | "reject";
  /** What the user's code received when the SDK returned a value: declared, unknown, other <Type>, raw, nothing. */
  received?: string;
  /** What the case showed of the entry's profile (the dimensions its input exercised): the measured profile's evidence. */
  observed?: Partial<Profile>;
  /** The tail of the harness's stderr, for outcomes that are not passes. */
  stderr?: string;
}

export const outcome = (kind: OutcomeKind, reason: string, extra: Omit<Outcome, "kind" | "reason"> = {}): Outcome => ({ kind, reason, ...extra });
