import type { DecodedValue } from "@imagegen-conformance/core";
import { type ZodIssueLike, zodIssues } from "@imagegen-conformance/harness-kit";
import type { Decoded } from "@imagegen-conformance/runner";

const documented = new Set(["in_progress", "completed", "generating", "failed"]);
// Errors the SDK raises when it refuses an input; anything else is unexpected.
const refusals = new Set(["SDKValidationError", "ResponseValidationError", "ZodError", "SyntaxError"]);

/** JSON Pointer of a status the SDK kept although it is none of the four documented values (its enum is open). */
export function unrecognized(value: unknown, path: readonly string[] | undefined): string[] {
  if (!path) return [];
  let at = value;
  for (const key of path) at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === "string" && !documented.has(at) ? [path.map((key) => `/${key}`).join("")] : [];
}

/**
 * A parsed value as the SDK handed it over. Its own UNKNOWN catch-all (the value itself, or the item of an
 * output-item event, which is what user code reads there) is written back as the raw input it kept: received unknown.
 */
export function present(value: unknown, isUnknown: (value: unknown) => boolean, written?: string): DecodedValue {
  if (isUnknown(value)) return { output: JSON.stringify((value as { raw: unknown }).raw), received: "unknown" };
  const item = value !== null && typeof value === "object" ? (value as { item?: unknown }).item : undefined;
  if (isUnknown(item)) return { output: JSON.stringify({ ...(value as object), item: (item as { raw: unknown }).raw }), form: "native", received: "unknown" };
  return written === undefined ? { output: JSON.stringify(value), form: "native" } : { output: written };
}

/** One line saying why: the zod issues behind the error (its own, or its cause's), else the SDK's pretty form. */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const list = (error as { issues?: ZodIssueLike[] }).issues ?? (error as { cause?: { issues?: ZodIssueLike[] } }).cause?.issues;
  const detail = list ? zodIssues(list).slice(0, 4).join("; ") : ((error as { pretty?: () => string }).pretty?.() ?? error.message);
  return `${error.name}: ${detail}`.replace(/\s*\n\s*/g, " | ");
}

/** A validation error is the SDK refusing the input; anything else is `errored`. */
export function failure(error: unknown, events?: DecodedValue[]): Exclude<Decoded, { status: "accepted" | "skipped" }> & { events?: DecodedValue[] } {
  if (error instanceof Error && refusals.has(error.name)) return { status: "rejected", message: reason(error), ...(events ? { events } : {}) };
  return { status: "errored", message: reason(error) };
}
