import { parseJsonText } from "../json/parse-json-text.js";

// Why a text cannot be served unchanged: said the same way by every harness, and the runner checks a skip against them.
export const unservableReasons = {
  byteOrderMark: "a byte-order mark cannot sit inside a response envelope",
  notOneValue: "not one JSON value: inside an envelope it would be read as something else",
  loneSurrogate: "an unpaired surrogate has no UTF-8 bytes: the served body would carry U+FFFD in its place",
} as const;

// A UTF-16 surrogate half with no partner: TextEncoder (and so the Response body) replaces it.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `input` cannot be served unchanged inside a response envelope, or undefined when it can. */
export function unservable(input: string): string | undefined {
  if (input.charCodeAt(0) === 0xfeff) return unservableReasons.byteOrderMark;
  // RFC 8259 exactly (core's reader): `{} {}`, `1, 2`, a truncated object or NaN would become other elements of `output`.
  if (!parseJsonText(input).ok) return unservableReasons.notOneValue;
  if (loneSurrogate.test(input)) return unservableReasons.loneSurrogate;
  return undefined;
}
