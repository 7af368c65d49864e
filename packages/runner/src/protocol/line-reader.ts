// Fatal: a byte that is not UTF-8 is the harness's fault, never silently replaced by U+FFFD.
// ignoreBOM keeps a byte order mark in the text, where JSON.parse then refuses it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** A blank line: nothing but JSON's whitespace (the newline itself is already gone). */
const blank = /^[ \t\r]*$/;

/**
 * Splits a byte stream into lines, refusing any line longer than a limit so that a
 * runaway harness cannot exhaust memory, and any line that is not UTF-8. Blank lines
 * (empty or only whitespace) are skipped, as the protocol says. Reports a partial line
 * left at the end.
 */
export class LineReader {
  readonly #limit: number;
  readonly #onLine: (line: string) => void;
  readonly #onInvalid: (bytes: Buffer) => void;
  readonly #onOverflow: (size: number) => void;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #overflowed = false;

  constructor(limit: number, handlers: { line(line: string): void; invalid(bytes: Buffer): void; overflow(size: number): void }) {
    this.#limit = limit;
    this.#onLine = handlers.line;
    this.#onInvalid = handlers.invalid;
    this.#onOverflow = handlers.overflow;
  }

  push(chunk: Buffer): void {
    if (this.#overflowed) return;
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline >= 0; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline);
      const bytes = this.#pendingBytes === 0 ? piece : Buffer.concat([...this.#pending, piece]);
      this.#pending = [];
      this.#pendingBytes = 0;
      start = newline + 1;
      if (bytes.length > this.#limit) {
        this.#overflow(bytes.length);
        return;
      }
      this.#emit(bytes);
    }
    if (start < chunk.length) {
      this.#pending.push(chunk.subarray(start));
      this.#pendingBytes += chunk.length - start;
      if (this.#pendingBytes > this.#limit) this.#overflow(this.#pendingBytes);
    }
  }

  /** Bytes of an unfinished line, if the stream ended inside one. */
  get partial(): number {
    return this.#pendingBytes;
  }

  #emit(bytes: Buffer): void {
    let line: string;
    try {
      line = utf8.decode(bytes);
    } catch {
      this.#onInvalid(bytes);
      return;
    }
    if (!blank.test(line)) this.#onLine(line);
  }

  #overflow(size: number): void {
    this.#overflowed = true;
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#onOverflow(size);
  }
}
