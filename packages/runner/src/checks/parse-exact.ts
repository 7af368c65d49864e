import { type JsonTextError, parseJsonText } from "@imagegen-conformance/core";

/** Whether a JSON.parse result holds a number a double may not have held exactly (an integer past 2^53, or an overflow). Iterative, for any depth. */
function mayHaveLostDigits(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "number") {
      if (inexact(next)) return true;
    } else if (typeof next === "object" && next !== null) for (const member of Array.isArray(next) ? next : Object.values(next)) pending.push(member);
  }
  return false;
}

const inexact = (number: number) => !Number.isFinite(number) || (Number.isInteger(number) && !Number.isSafeInteger(number));

/** The same question for the shallow values cases hold, recursing without allocating; past `depth` levels, the loop above. */
function shallowMayHaveLostDigits(value: unknown, depth: number): boolean {
  if (typeof value === "number") return inexact(value);
  if (typeof value !== "object" || value === null) return false;
  if (depth === 0) return mayHaveLostDigits(value);
  if (Array.isArray(value)) {
    for (const member of value) if (shallowMayHaveLostDigits(member, depth - 1)) return true;
    return false;
  }
  for (const key in value) if (shallowMayHaveLostDigits((value as Record<string, unknown>)[key], depth - 1)) return true;
  return false;
}

/**
 * Parses JSON text without losing digits: JSON.parse (fast), then the core's exact
 * parser (bigints) only when the result holds a number that may have lost some.
 */
export function parseExact(text: string): { ok: true; value: unknown } | { ok: false; error: JsonTextError } {
  try {
    const value: unknown = JSON.parse(text);
    if (!shallowMayHaveLostDigits(value, 32)) return { ok: true, value };
  } catch {
    // The exact parser says where the text went wrong.
  }
  const parsed = parseJsonText(text, { bigIntegers: true });
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}
