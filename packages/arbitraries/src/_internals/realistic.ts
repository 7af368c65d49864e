import { type JsonValue, smallestFirst, unicodeString } from "@imagegen-conformance/core";
import fc from "fast-check";

// Real PNGs (2×2 and 16×16) in base64, as result and partial_image_b64 carry them; shortest first, so shrinking picks a shorter one.
const images = [
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAADklEQVR42mNoAAMGCAUAKg4GAQj2DKEAAAAASUVORK5CYII=",
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mP4n8UARAwQCgArhgWlJBXGOwAAAABJRU5ErkJggg==",
  "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mOQizpBEmIY1TCqYfhqAAB1t0AQ8dIAngAAAABJRU5ErkJggg==",
];
// Listed in code point order, so each character shrinks toward a smaller one.
const hexDigits = [..."0123456789abcdef"];
const base64Alphabet = [..."+/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];

/** Ids shaped like OpenAI's (`ig_` and 48 hex digits), with the odd unusual one. */
export const itemId = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...hexDigits), minLength: 48, maxLength: 48 }).map((hex) => `ig_${hex}`) },
    unicodeString(fc, 12),
  );

/** Base64 images: real PNGs mostly, other base64 text or the empty string sometimes. */
export const base64Image = (): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...smallestFirst(images)) }, fc.string({ unit: fc.constantFrom(...base64Alphabet), maxLength: 64 }));

const prompt = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...smallestFirst(["a fox", "猫の絵 🐈", "A watercolour fox under a birch tree"])), unicodeString(fc, 40));

const byField: Record<string, () => fc.Arbitrary<JsonValue>> = {
  id: itemId,
  item_id: itemId,
  result: base64Image,
  partial_image_b64: base64Image,
  prompt,
};

/** The realistic generator for a wire field, if there is one; kinds generate the rest. */
export function realisticField(_shape: string, wire: string): fc.Arbitrary<JsonValue> | undefined {
  return byField[wire]?.();
}
