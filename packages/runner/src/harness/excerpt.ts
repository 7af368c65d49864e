/** Harness text quoted in a reason: JSON-escaped (no raw control characters) and bounded, with its full length when cut. */
export function excerpt(text: string, limit = 80): string {
  if (text.length <= limit) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, limit))}… (${text.length} characters)`;
}
