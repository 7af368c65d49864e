import { appendPointer } from "./json-pointer.js";
import { found, type JsonTextError, locate } from "./json-text-error.js";
import type { JsonValue } from "./json-value.js";
import { scanNumber, scanString } from "./scan-json-token.js";

/** What a JSON text said beyond its value: the places where readers may disagree. */
export interface JsonTextNotes {
  /** Pointers of objects that repeat a key (RFC 8259 §4: names SHOULD be unique). */
  duplicateKeys: string[];
  /** Pointers of numbers a double cannot hold exactly, such as 2^53+1. */
  impreciseNumbers: string[];
  /** Pointers of integral numbers written with a fraction or exponent (1.0, 1e2). */
  integralFloats: string[];
  /** Pointers of strings holding an unpaired UTF-16 surrogate (RFC 8259 §8.2). */
  loneSurrogates: string[];
  /** The text began with a byte order mark (RFC 8259 §8.1: MAY be ignored). */
  byteOrderMark: boolean;
}

export interface JsonTextOptions {
  /** Which of several equal keys wins; "reject" makes a repeat an error. Default "last", as JSON.parse. */
  duplicateKeys?: "first" | "last" | "reject";
  /** Whether a leading byte order mark is skipped or is an error. Default "reject", as JSON.parse. */
  byteOrderMark?: "ignore" | "reject";
  /** Integers a double cannot hold exactly come back as `bigint` (then the value is not a plain JsonValue). For lossless comparison. */
  bigIntegers?: boolean;
}

export type JsonTextResult = { ok: true; value: JsonValue; notes: JsonTextNotes } | { ok: false; error: JsonTextError };

type Frame =
  | { kind: "array"; value: JsonValue[]; pointer: string }
  | { kind: "object"; value: Record<string, JsonValue>; pointer: string; key: string; seen: Set<string> };

/**
 * Parses JSON text without losing what JSON.parse hides (duplicate keys, precision,
 * lone surrogates, a BOM). Iterative, so nesting depth is bounded by memory, not the stack.
 */
export function parseJsonText(text: string, options: JsonTextOptions = {}): JsonTextResult {
  const notes: JsonTextNotes = { duplicateKeys: [], impreciseNumbers: [], integralFloats: [], loneSurrogates: [], byteOrderMark: false };
  let offset = 0;
  const fail = (at: number, message: string): JsonTextResult => ({ ok: false, error: locate(text, at, message) });
  if (text.charCodeAt(0) === 0xfeff) {
    notes.byteOrderMark = true;
    if ((options.byteOrderMark ?? "reject") === "reject") return fail(0, "byte order mark before the JSON value (RFC 8259 §8.1)");
    offset = 1;
  }
  const stack: Frame[] = [];
  let result: JsonValue | undefined;
  const skip = () => {
    while (offset < text.length) {
      const code = text.charCodeAt(offset);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
      offset++;
    }
  };
  const pointerOfNext = (): string => {
    const top = stack.at(-1);
    if (top === undefined) return "";
    return top.kind === "array" ? appendPointer(top.pointer, String(top.value.length)) : appendPointer(top.pointer, top.key);
  };

  for (;;) {
    skip();
    // A value is expected here.
    const pointer = pointerOfNext();
    const code = text.charCodeAt(offset);
    let value: JsonValue;
    if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      offset++;
      skip();
      const closing = code === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(offset) === closing) {
        offset++;
        value = code === 0x7b ? {} : [];
      } else if (code === 0x5b) {
        stack.push({ kind: "array", value: [], pointer });
        continue;
      } else {
        const key = readKey();
        if (typeof key !== "string") return key;
        stack.push({ kind: "object", value: {}, pointer, key, seen: new Set([key]) });
        continue;
      }
    } else if (code === 0x22 /* " */) {
      const scanned = scanString(text, offset);
      if (!scanned.ok) return fail(scanned.offset, scanned.message);
      offset = scanned.end;
      if (scanned.loneSurrogate) notes.loneSurrogates.push(pointer);
      value = scanned.value;
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      const scanned = scanNumber(text, offset);
      if (!scanned.ok) return fail(scanned.offset, scanned.message);
      const lexeme = text.slice(offset, scanned.end);
      offset = scanned.end;
      if (scanned.imprecise) notes.impreciseNumbers.push(pointer);
      if (scanned.integralFloat) notes.integralFloats.push(pointer);
      // A bigint where asked: the runner compares numbers without losing digits.
      value = scanned.imprecise && options.bigIntegers ? (BigInt(lexeme) as unknown as number) : scanned.value;
    } else if (text.startsWith("true", offset)) {
      offset += 4;
      value = true;
    } else if (text.startsWith("false", offset)) {
      offset += 5;
      value = false;
    } else if (text.startsWith("null", offset)) {
      offset += 4;
      value = null;
    } else {
      return fail(offset, `expected a JSON value, found ${found(text, offset)}`);
    }

    // Attach the value and close every container that ends here.
    for (;;) {
      const top = stack.at(-1);
      if (top === undefined) {
        result = value;
        break;
      }
      if (top.kind === "array") top.value.push(value);
      else if (!Object.hasOwn(top.value, top.key) || options.duplicateKeys !== "first") setMember(top.value, top.key, value);
      skip();
      const next = text.charCodeAt(offset);
      if (next === 0x2c /* , */) {
        offset++;
        if (top.kind === "object") {
          skip();
          const key = readKey();
          if (typeof key !== "string") return key;
          if (top.seen.has(key)) {
            if (options.duplicateKeys === "reject") return fail(offset, `duplicate key ${JSON.stringify(key)} at ${top.pointer || "/"}`);
            if (!notes.duplicateKeys.includes(top.pointer)) notes.duplicateKeys.push(top.pointer);
          }
          top.seen.add(key);
          top.key = key;
        }
        break;
      }
      const closing = top.kind === "array" ? 0x5d : 0x7d;
      if (next !== closing) {
        const expected = top.kind === "array" ? "',' or ']' after an array element" : "',' or '}' after an object member";
        return fail(offset, `expected ${expected}, found ${found(text, offset)}`);
      }
      offset++;
      stack.pop();
      value = top.value;
    }
    if (result !== undefined) break;
  }
  skip();
  if (offset < text.length) return fail(offset, `expected end of input after the JSON value, found ${found(text, offset)}`);
  return { ok: true, value: result, notes };

  function readKey(): string | JsonTextResult {
    if (text.charCodeAt(offset) !== 0x22) return fail(offset, `expected a string key, found ${found(text, offset)}`);
    const scanned = scanString(text, offset);
    if (!scanned.ok) return fail(scanned.offset, scanned.message);
    offset = scanned.end;
    skip();
    if (text.charCodeAt(offset) !== 0x3a) return fail(offset, `expected ':' after an object key, found ${found(text, offset)}`);
    offset++;
    return scanned.value;
  }
}

/** Sets an own member, even one named "__proto__", as JSON.parse does. */
function setMember(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
