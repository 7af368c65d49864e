import { Worker } from "node:worker_threads";
import type { InputSource } from "./input-source.js";
import { type MadeInput, madeInput, makeInput } from "./made-input.js";

/** Run from source (the tests), the worker is the built one: a worker thread cannot load TypeScript. */
const workerEntry = new URL(import.meta.url.endsWith(".ts") ? "../dist/generate-worker.js" : "./generate-worker.js", import.meta.url);

export type Made = ReturnType<typeof makeInput>;

/**
 * Makes a campaign's inputs, on a worker thread when asked to: generation then runs on the other core while this one
 * judges the batch before. Input `index` is the same input either way; a worker that fails is replaced by making the
 * inputs here, so a broken thread costs speed, never inputs.
 */
export class InputGenerator {
  readonly #source: InputSource;
  #worker: Worker | undefined;
  readonly #waiting = new Map<number, (made: MadeInput[] | Error) => void>();
  #asked = 0;

  constructor(source: InputSource, onWorker: boolean) {
    this.#source = source;
    if (!onWorker) return;
    try {
      const worker = new Worker(workerEntry, { workerData: { shapes: source.shapes, seed: source.seed } });
      worker.unref();
      worker.on("message", ({ id, made }: { id: number; made: MadeInput[] }) => {
        this.#waiting.get(id)?.(made);
        this.#waiting.delete(id);
      });
      const fail = (error: unknown) => this.#fail(error instanceof Error ? error : new Error(`the generation worker exited with code ${String(error)}`));
      worker.on("error", fail);
      worker.on("exit", fail);
      this.#worker = worker;
    } catch {
      this.#worker = undefined;
    }
  }

  async make(indices: readonly number[]): Promise<Made[]> {
    const worker = this.#worker;
    if (worker) {
      const id = ++this.#asked;
      // Held only while it works: an idle worker never keeps the process alive.
      worker.ref();
      const made = await new Promise<MadeInput[] | Error>((resolve) => {
        this.#waiting.set(id, resolve);
        worker.postMessage({ id, indices });
      });
      if (this.#waiting.size === 0) worker.unref();
      if (!(made instanceof Error)) return made.map((one) => ("error" in one ? one : { input: madeInput(this.#source, one) }));
    }
    return indices.map((index) => makeInput(this.#source, index));
  }

  /** Ends the worker: no thread outlives the campaign. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }

  #fail(error: Error): void {
    this.#worker = undefined;
    for (const resolve of this.#waiting.values()) resolve(error);
    this.#waiting.clear();
  }
}
