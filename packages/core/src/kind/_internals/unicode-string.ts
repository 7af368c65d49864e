import type * as FastCheck from "fast-check";
import type { FastCheckModule } from "../kind.js";

/**
 * Strings of any Unicode scalar values (no lone surrogates: those are a reading of
 * their own). Each character shrinks toward a smaller code point, so shrinking
 * always makes a string smaller.
 */
export function unicodeString(fc: FastCheckModule, maxLength = 16): FastCheck.Arbitrary<string> {
  const scalar = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map(
    (index) => String.fromCodePoint(index < 0xd800 ? index : index + 0x800),
    (text) => {
      const code = typeof text === "string" ? (text.codePointAt(0) ?? 0) : 0;
      return code < 0xd800 ? code : code - 0x800;
    },
  );
  return fc.string({ unit: scalar, maxLength });
}
