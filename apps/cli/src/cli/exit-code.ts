/**
 * The CLI's exit codes, defined once; README's table is written from this.
 * Distinct, so a CI job can tell a red verdict from a run that could not say.
 */
export const exitCode = {
  /** Conformant, the gate passed, or the command did what it was asked. */
  ok: 0,
  /** Not conformant, or the gate failed: a verdict, and a negative one. */
  notConformant: 1,
  /** A usage or input error: one line on stderr says what was expected, what came and where. */
  usage: 2,
  /** Incomplete: the run was cut short, a log does not cover its plan, or cases could not be judged. No verdict. */
  incomplete: 3,
  /** Interrupted by SIGINT (128 + 2): what it had is written, and says incomplete. */
  sigint: 130,
  /** Interrupted by SIGTERM (128 + 15). */
  sigterm: 143,
} as const;
