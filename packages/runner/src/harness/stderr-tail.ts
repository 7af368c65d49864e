/** The last bytes a harness wrote to stderr, kept bounded however much it writes. */
export class StderrTail {
  readonly #limit: number;
  #chunks: Buffer[] = [];
  #bytes = 0;
  total = 0;

  constructor(limit = 16 * 1024) {
    this.#limit = limit;
  }

  push(chunk: Buffer): void {
    this.total += chunk.length;
    this.#chunks.push(chunk);
    this.#bytes += chunk.length;
    while (this.#bytes - (this.#chunks[0]?.length ?? 0) >= this.#limit) this.#bytes -= this.#chunks.shift()?.length ?? 0;
  }

  /** The tail as text, marked when it was cut. */
  text(): string {
    const joined = Buffer.concat(this.#chunks);
    const tail = joined.subarray(Math.max(0, joined.length - this.#limit)).toString("utf8");
    return this.total > tail.length ? `…(${this.total - tail.length} earlier bytes dropped)\n${tail}` : tail;
  }
}
