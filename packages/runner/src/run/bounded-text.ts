import type { Outcome } from "../outcome/outcome.js";
import { utf8Prefix } from "../text/utf8-prefix.js";

/** The most of one reason or stderr tail the log and a reproducer store, in UTF-8 bytes. */
export const storedTextBytes = 4096;

/**
 * The text as stored: itself when it fits, else its first `limit` bytes (never half a
 * character) and a note of its full size, so a 50 MB message costs the log 4 kB.
 */
export function boundText(text: string, limit = storedTextBytes): string {
  // Under limit/3 UTF-16 units the text cannot pass `limit` bytes: no encoding needed.
  if (text.length <= limit / 3) return text;
  const size = Buffer.byteLength(text, "utf8");
  if (size <= limit) return text;
  return `${utf8Prefix(text, limit)}…(${size} bytes in all)`;
}

/** An outcome with its reason and stderr bounded as the log stores them. */
export function boundOutcome(outcome: Outcome): Outcome {
  const reason = boundText(outcome.reason);
  const stderr = outcome.stderr === undefined ? undefined : boundText(outcome.stderr);
  if (reason === outcome.reason && stderr === outcome.stderr) return outcome;
  return { ...outcome, reason, ...(stderr === undefined ? {} : { stderr }) };
}
