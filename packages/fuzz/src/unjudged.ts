import type { FuzzInput } from "./fuzz-input.js";

/** An input the campaign could not judge: how to replay it (`--replay-path`, under the campaign's seed) and what went wrong. */
export interface Unjudged {
  path: string;
  reason: string;
}

/** The most unjudged inputs a campaign names; the rest are counted. */
export const namedUnjudged = 100;

/** `<input>[:<step>…]`, the path `fuzz --replay-path` follows back to this input. */
export const replayPath = (input: Pick<FuzzInput, "index" | "steps">): string => [input.index, ...input.steps].join(":");

/** One line on what was thrown, whatever was thrown. */
export function thrown(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
