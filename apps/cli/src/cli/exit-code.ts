/**
 * The CLI's exit codes, defined once; README's table lists each (test/exit-codes.test.ts).
 * Distinct, so a CI job can tell a red verdict from a run that could not say, and either from a broken setup.
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
  /** An implementation asked for could not start (its row says why): nothing of it was measured, so no verdict on it. */
  couldNotStart: 4,
  /** Interrupted by SIGINT (128 + 2): what it had is written, and says incomplete. */
  sigint: 130,
  /** Interrupted by SIGTERM (128 + 15). */
  sigterm: 143,
} as const;
