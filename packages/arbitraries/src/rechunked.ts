import fc from "fast-check";

/** Byte offsets where a split is most likely to trip a decoder: mid-CRLF, mid-code point, mid-base64, at line ends. */
export function awkwardOffsets(bytes: Uint8Array): number[] {
  const offsets = new Set<number>();
  for (let index = 1; index < bytes.length; index++) {
    const previous = bytes[index - 1] as number;
    const current = bytes[index] as number;
    if (previous === 0x0d && current === 0x0a) offsets.add(index);
    if ((current & 0xc0) === 0x80) offsets.add(index);
    if (previous === 0x0a) offsets.add(index);
  }
  const text = new TextDecoder().decode(bytes);
  for (const match of text.matchAll(/"(partial_image_b64|result)":\s*"([A-Za-z0-9+/=]{8,})"/g)) {
    const start = new TextEncoder().encode(text.slice(0, (match.index ?? 0) + match[0].length - (match[2]?.length ?? 0) - 1)).length;
    offsets.add(start + 3);
    offsets.add(start + Math.floor((match[2]?.length ?? 0) / 2));
  }
  return [...offsets].filter((offset) => offset > 0 && offset < bytes.length).sort((left, right) => left - right);
}

/**
 * The UTF-8 bytes of a text cut into chunks at any offsets, awkward ones
 * favoured. Shrinking removes cuts, down to the one chunk.
 */
export function rechunked(text: string, constraints: { maxCuts?: number } = {}): fc.Arbitrary<Uint8Array[]> {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length < 2) return fc.constant([bytes]);
  const awkward = awkwardOffsets(bytes);
  const offset =
    awkward.length > 0
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...awkward) }, fc.integer({ min: 1, max: bytes.length - 1 }))
      : fc.integer({ min: 1, max: bytes.length - 1 });
  return fc.uniqueArray(offset, { maxLength: constraints.maxCuts ?? 16 }).map((cuts) => {
    const sorted = [...cuts].sort((left, right) => left - right);
    return [0, ...sorted].map((start, index) => bytes.slice(start, sorted[index] ?? bytes.length));
  });
}
