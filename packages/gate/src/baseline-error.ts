/** A baseline file that cannot be used: one line with the file, line and column, and what was wrong. */
export class BaselineError extends Error {
  override readonly name = "BaselineError";
}
