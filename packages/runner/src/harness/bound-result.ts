import { defaultLimits, type Limits, type ProtocolResult } from "@imagegen-conformance/core";
import { utf8Prefix } from "../text/utf8-prefix.js";

const size = (text: string | undefined) => (text === undefined ? 0 : Buffer.byteLength(text, "utf8"));

/** The limits a runner's hello sent (each a positive integer), the defaults for the others. */
export function limitsOf(sent: unknown): Limits {
  const limits: Limits = { ...defaultLimits };
  for (const key of Object.keys(defaultLimits) as (keyof Limits)[]) {
    const value = (sent as Partial<Record<keyof Limits, unknown>> | undefined)?.[key];
    if (Number.isSafeInteger(value) && (value as number) > 0) limits[key] = value as number;
  }
  return limits;
}

/** `text` cut to at most `limit` UTF-8 bytes on a character boundary, saying so and how long it was. */
export function truncate(text: string, limit: number): string {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= limit) return text;
  const suffix = `…(truncated, ${bytes} bytes in all)`;
  return utf8Prefix(text, Math.max(0, limit - size(suffix))) + suffix;
}

/**
 * A result within the runner's limits: an output over `max_output_bytes` becomes `errored`, saying its size; a
 * message or reason over `max_message_bytes` is cut, saying so. The harness reports; it judges nothing else.
 */
export function boundResult(result: ProtocolResult, limits: Limits): ProtocolResult {
  const outputs: [string, string | undefined][] = "output" in result ? [["the output", result.output]] : [];
  if ("events" in result) for (const [index, event] of (result.events ?? []).entries()) outputs.push([`the output of event ${index}`, event.output]);
  const over = outputs.map(([where, output]) => [where, size(output)] as const).find(([, bytes]) => bytes > limits.max_output_bytes);
  if (over)
    result = {
      id: result.id,
      status: "errored",
      message: `${over[0]} was ${over[1]} bytes, over the runner's limit of ${limits.max_output_bytes} (limits.max_output_bytes)`,
    };
  if ("message" in result) return { ...result, message: truncate(result.message, limits.max_message_bytes) };
  if ("reason" in result) return { ...result, reason: truncate(result.reason, limits.max_message_bytes) };
  return result;
}
