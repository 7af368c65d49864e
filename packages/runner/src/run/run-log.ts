import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/** The longest a result waits in memory before it is on disk. */
const flushDelayMs = 1000;

/** Every log open in this process, for a signal handler to finish synchronously. */
const open = new Set<RunLog>();

/**
 * The canonical record of a run, JSON Lines, written as the run goes: a result reaches the
 * file within a second of its outcome (sooner at each window's end), and a signal handler
 * can write the rest and an `interrupted` footer synchronously. Reports are rendered from it, never from memory.
 */
export class RunLog {
  readonly path: string;
  #fd: number | undefined;
  #pending: string[] = [];
  #timer: NodeJS.Timeout | undefined;
  #results = 0;
  #planned: number | undefined = 0;

  constructor(path: string) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    this.#fd = openSync(path, "w");
    open.add(this);
  }

  /** Result records logged so far, and the number planned (undefined when some implementation's plan could not be counted). */
  get progress(): { results: number; planned: number | undefined } {
    return { results: this.#results, planned: this.#planned };
  }

  /** Writes a record now (and anything buffered before it). */
  write(record: object): void {
    this.buffer(record);
    this.flush();
  }

  /** Queues a record for the next flush. */
  buffer(record: object): void {
    const { type, planned } = record as { type?: unknown; planned?: unknown };
    if (type === "result") this.#results++;
    if (type === "implementation" && !("unavailable" in record))
      this.#planned = typeof planned === "number" && this.#planned !== undefined ? this.#planned + planned : undefined;
    this.#queue(JSON.stringify(record));
  }

  /** Queues a result record already written as one line of JSON. */
  bufferResult(line: string): void {
    this.#results++;
    this.#queue(line);
  }

  #queue(line: string): void {
    this.#pending.push(line);
    // Not keeping the process alive: a run that ends flushes on close.
    this.#timer ??= setTimeout(() => this.flush(), flushDelayMs).unref();
  }

  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#fd === undefined || this.#pending.length === 0) return;
    const text = `${this.#pending.join("\n")}\n`;
    this.#pending = [];
    writeSync(this.#fd, text);
  }

  /** Writes what is buffered and a footer saying the run was cut short, and closes. Synchronous: safe in a signal handler. */
  interrupt(signal: string): void {
    if (this.#fd === undefined) return;
    this.buffer({ type: "footer", finished: new Date().toISOString(), interrupted: true, signal });
    this.close();
  }

  close(): void {
    if (this.#fd === undefined) return;
    this.flush();
    closeSync(this.#fd);
    this.#fd = undefined;
    open.delete(this);
  }
}

/** The logs of this process not yet closed. */
export const openRunLogs = (): RunLog[] => [...open];

/** Writes every open log's buffer to disk now. Synchronous: safe in a signal handler. */
export function flushAll(): void {
  for (const log of open) log.flush();
}
