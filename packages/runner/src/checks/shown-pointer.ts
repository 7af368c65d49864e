import { appendPointer } from "@imagegen-conformance/core";

/** How many reference tokens a shown pointer keeps at each end; the levels between are counted, not written. */
const keptLevels = 8;
/** The most characters of one token a shown pointer writes. */
const longestToken = 40;

const shownToken = (token: string) => appendPointer("", token.length > longestToken ? `${token.slice(0, longestToken)}…` : token);

/** A JSON Pointer for a message: whole when short, else its ends and how many levels lie between. */
export function shownPointer(tokens: readonly string[]): string {
  if (tokens.length === 0) return "/";
  if (tokens.length <= 2 * keptLevels + 1) return tokens.map(shownToken).join("");
  const [head, tail] = [tokens.slice(0, keptLevels), tokens.slice(-keptLevels)];
  return `${head.map(shownToken).join("")}/…(${tokens.length - 2 * keptLevels} more levels)…${tail.map(shownToken).join("")}`;
}
