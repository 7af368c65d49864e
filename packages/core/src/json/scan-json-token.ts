import { found } from "./json-text-error.js";

type Scanned<T> = ({ ok: true; end: number; value: T } & Record<string, unknown>) | { ok: false; offset: number; message: string };

const escapes: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Scans a JSON string starting at its opening quote. */
export function scanString(text: string, start: number): Scanned<string> & { loneSurrogate?: boolean } {
  let value = "";
  let chunkStart = start + 1;
  for (let index = start + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      value += text.slice(chunkStart, index);
      return { ok: true, end: index + 1, value, loneSurrogate: loneSurrogate.test(value) };
    }
    if (code < 0x20) return { ok: false, offset: index, message: `unescaped control character ${found(text, index)} in a string` };
    if (code !== 0x5c) continue;
    value += text.slice(chunkStart, index);
    const escaped = text[index + 1];
    if (escaped === "u") {
      const hex = text.slice(index + 2, index + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return { ok: false, offset: index, message: `expected four hex digits after \\u, found ${JSON.stringify(hex)}` };
      value += String.fromCharCode(Number.parseInt(hex, 16));
      index += 5;
    } else if (escaped !== undefined && escaped in escapes) {
      value += escapes[escaped];
      index += 1;
    } else {
      return { ok: false, offset: index, message: `invalid escape ${found(text, index + 1)} in a string` };
    }
    chunkStart = index + 1;
  }
  return { ok: false, offset: text.length, message: "unterminated string: expected '\"', found end of input" };
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Scans a JSON number and says whether a double holds it exactly. */
export function scanNumber(text: string, start: number): Scanned<number> & { imprecise?: boolean; integralFloat?: boolean } {
  numberPattern.lastIndex = start;
  const match = numberPattern.exec(text);
  const lexeme = match?.[0] ?? "";
  if (lexeme === "" || lexeme === "-")
    return { ok: false, offset: start + lexeme.length, message: `expected a digit, found ${found(text, start + lexeme.length)}` };
  const value = Number(lexeme);
  if (!Number.isFinite(value)) return { ok: false, offset: start, message: `number ${lexeme} is beyond the range of a double` };
  const plainInteger = /^-?\d+$/.test(lexeme);
  const imprecise = plainInteger && !Number.isSafeInteger(value) && BigInt(lexeme) !== BigInt(value);
  return { ok: true, end: start + lexeme.length, value, imprecise, integralFloat: !plainInteger && Number.isInteger(value) };
}
