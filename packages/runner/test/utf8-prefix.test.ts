import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { utf8Prefix } from "../src/text/utf8-prefix.js";

test.prop([fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat({ max: 200 })])("the longest whole-character prefix within the byte limit", (text, bytes) => {
  const prefix = utf8Prefix(text, bytes);
  expect(text.startsWith(prefix)).toBe(true);
  expect(Buffer.byteLength(prefix, "utf8")).toBeLessThanOrEqual(bytes);
  // One more code point would not fit (or there is none left).
  const next = String.fromCodePoint(text.codePointAt(prefix.length) ?? 0);
  if (prefix.length < text.length) expect(Buffer.byteLength(prefix + next, "utf8")).toBeGreaterThan(bytes);
});
