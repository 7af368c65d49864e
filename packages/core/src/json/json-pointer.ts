/** Appends one reference token to a JSON Pointer (RFC 6901). */
export function appendPointer(pointer: string, token: string): string {
  return `${pointer}/${token.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
