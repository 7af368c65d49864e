/** Where a JSON text stopped making sense, as a person would point at it. */
export interface JsonTextError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export function locate(text: string, offset: number, message: string): JsonTextError {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { message, offset, line, column: offset - lineStart + 1 };
}

/** A printable name for the character at an offset, for "expected …, found …" messages. */
export function found(text: string, offset: number): string {
  if (offset >= text.length) return "end of input";
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || code === 0xfeff) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return JSON.stringify(String.fromCodePoint(code));
}
