import { type JsonTextError, parseJsonText } from "@imagegen-conformance/core";

/** Whether a JSON.parse result holds a number a double may not have held exactly (an integer past 2^53, or an overflow). Iterative, for any depth. */
function mayHaveLostDigits(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === "number") {
      if (!Number.isFinite(next) || (Number.isInteger(next) && !Number.isSafeInteger(next))) return true;
    } else if (typeof next === "object" && next !== null) for (const member of Array.isArray(next) ? next : Object.values(next)) pending.push(member);
  }
  return false;
}

/**
 * Parses JSON text without losing digits: JSON.parse (fast), then the core's exact
 * parser (bigints) only when the result holds a number that may have lost some.
 */
export function parseExact(text: string): { ok: true; value: unknown } | { ok: false; error: JsonTextError } {
  try {
    const value: unknown = JSON.parse(text);
    if (!mayHaveLostDigits(value)) return { ok: true, value };
  } catch {
    // The exact parser says where the text went wrong.
  }
  const parsed = parseJsonText(text, { bigIntegers: true });
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}
