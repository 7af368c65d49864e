import { type Outcome, outcome } from "../outcome/outcome.js";

const reasonLimit = 300;

/** The error as one bounded line: its name and the first line of its message, read without trusting it. */
function describeError(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const line = text.split("\n", 1)[0] ?? "";
    return line.length > reasonLimit ? `${line.slice(0, reasonLimit)}…` : line;
  } catch {
    return "an error that cannot be described";
  }
}

/** The case's outcome when a step of judging it threw: unjudged, naming the step and the error. */
export const unjudged = (step: string, error: unknown): Outcome =>
  outcome("unjudged", `the runner could not judge this case: ${step} threw ${describeError(error)}`);
