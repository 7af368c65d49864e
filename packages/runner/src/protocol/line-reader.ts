/**
 * Splits a byte stream into lines, refusing any line longer than a limit so that a
 * runaway harness cannot exhaust memory. Reports a partial line left at the end.
 */
export class LineReader {
  readonly #limit: number;
  readonly #onLine: (line: string) => void;
  readonly #onOverflow: (size: number) => void;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #overflowed = false;

  constructor(limit: number, onLine: (line: string) => void, onOverflow: (size: number) => void) {
    this.#limit = limit;
    this.#onLine = onLine;
    this.#onOverflow = onOverflow;
  }

  push(chunk: Buffer): void {
    if (this.#overflowed) return;
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline >= 0; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline);
      const line = this.#pendingBytes === 0 ? piece.toString("utf8") : Buffer.concat([...this.#pending, piece]).toString("utf8");
      const size = this.#pendingBytes + piece.length;
      this.#pending = [];
      this.#pendingBytes = 0;
      start = newline + 1;
      if (size > this.#limit) {
        this.#overflow(size);
        return;
      }
      this.#onLine(line);
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

  #overflow(size: number): void {
    this.#overflowed = true;
    this.#pending = [];
    this.#onOverflow(size);
  }
}
