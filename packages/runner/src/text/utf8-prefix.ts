/**
 * The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends on a character boundary. Shared by the
 * harness side (a message cut to the protocol's limit) and the log (a reason cut to what it stores).
 */
export function utf8Prefix(text: string, bytes: number): string {
  // No character takes more than 3 bytes per UTF-16 unit, so `bytes` units always hold enough to cut from.
  const encoded = Buffer.from(text.slice(0, bytes), "utf8");
  if (encoded.length <= bytes) return encoded.toString("utf8");
  let end = Math.max(0, bytes);
  // Back up over continuation bytes to the start of a character.
  while (end > 0 && ((encoded[end] ?? 0) & 0xc0) === 0x80) end--;
  return encoded.subarray(0, end).toString("utf8");
}
