import { jsonTypeOf } from "./json-value.js";

const previewLength = 48;

/**
 * A short, safe description of any value for error messages: never recurses,
 * never throws, and truncates long strings (a 10 MB base64 image stays one line).
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "absent";
  try {
    const type = jsonTypeOf(value);
    if (type === undefined) return `${typeof value} (not JSON)`;
    if (type === "string") return `string ${quote(value as string)}`;
    if (type === "number") return `number ${String(value)}`;
    if (type === "array") return `array of ${(value as unknown[]).length}`;
    if (type === "object") return `object with ${Object.keys(value as object).length} keys`;
    return String(value);
  } catch {
    return "unreadable value";
  }
}

function quote(text: string): string {
  const shown = text.length > previewLength ? `${text.slice(0, previewLength)}…` : text;
  const suffix = text.length > previewLength ? ` (${text.length} chars)` : "";
  return `${JSON.stringify(shown)}${suffix}`;
}
