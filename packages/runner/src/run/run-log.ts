import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The canonical record of a run, JSON Lines, written as the run goes: results are
 * buffered for at most one window of tasks and then written straight to the file,
 * so an interrupted run keeps all but the window it was in. Reports are rendered
 * from it, never from memory.
 */
export class RunLog {
  readonly path: string;
  #fd: number | undefined;
  #pending: string[] = [];

  constructor(path: string) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    this.#fd = openSync(path, "w");
  }

  /** Writes a record now (and anything buffered before it). */
  write(record: object): void {
    this.buffer(record);
    this.flush();
  }

  /** Queues a record for the next flush. */
  buffer(record: object): void {
    this.#pending.push(JSON.stringify(record));
  }

  /** Queues a record already written as one line of JSON. */
  bufferLine(line: string): void {
    this.#pending.push(line);
  }

  flush(): void {
    if (this.#fd === undefined || this.#pending.length === 0) return;
    writeSync(this.#fd, `${this.#pending.join("\n")}\n`);
    this.#pending = [];
  }

  close(): void {
    if (this.#fd === undefined) return;
    this.flush();
    closeSync(this.#fd);
    this.#fd = undefined;
  }
}
