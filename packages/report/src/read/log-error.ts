/** A run log that cannot be read: one line naming the file, the line, and what was wrong. */
export class LogError extends Error {
  override readonly name = "LogError";
}
