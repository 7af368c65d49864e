import { rechunked } from "@imagegen-conformance/arbitraries";
import fc from "fast-check";

/** A stable 32-bit hash, to give each case its own seed from the run's seed. */
export function hashSeed(seed: number, text: string): number {
  let hash = seed | 0;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash | 0;
}

/**
 * The byte offsets to cut one stream at: not at all, after every line, and
 * `random` seeded cuts that favour awkward places (mid-CRLF, mid-code point, mid-base64).
 */
export function chunkings(bytes: Uint8Array, seed: number, random: number): number[][] {
  const lines = [...bytes.entries()].flatMap(([index, byte]) => (byte === 0x0a && index + 1 < bytes.length ? [index + 1] : []));
  const text = new TextDecoder().decode(bytes);
  const sampled = random > 0 ? fc.sample(rechunked(text), { seed, numRuns: random }) : [];
  const cuts = sampled.map((chunks) => {
    const offsets: number[] = [];
    for (const chunk of chunks.slice(0, -1)) offsets.push((offsets.at(-1) ?? 0) + chunk.length);
    return offsets;
  });
  const unique = new Map([[], lines, ...cuts].map((offsets) => [offsets.join(","), offsets]));
  return [...unique.values()];
}

/** The bytes cut at those offsets. */
export function cut(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  return [0, ...offsets].map((start, index) => bytes.subarray(start, offsets[index] ?? bytes.length));
}
