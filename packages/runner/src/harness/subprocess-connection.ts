import type { Description } from "../implementation/implementation.js";
import type { Request } from "../run/request.js";
import type { Answer, Connection } from "./connection.js";
import { handshake } from "./handshake.js";
import { type HarnessOptions, limitsOf, type Settled, settle } from "./harness-options.js";
import { HarnessProcess } from "./harness-process.js";
import { type Item, lateViolation, readRun, type Sent } from "./read-run.js";

export { HarnessStartError } from "./handshake.js";
export type { HarnessOptions } from "./harness-options.js";

/**
 * Drives one long-lived harness process over protocol v1: batches, as many runs in
 * flight as both sides allow, a timeout per request, restart and hello replay after a
 * crash, a timeout or a protocol violation, and then the failed batch again one case at
 * a time so the blame lands on the right case.
 */
export class SubprocessConnection implements Connection {
  readonly description: Description;
  readonly violations: string[] = [];
  readonly #options: Settled;
  #process: HarnessProcess | undefined;
  #restarts = 0;
  #runs = 0;
  #lastFailure = "";
  #asked: Promise<unknown> = Promise.resolve();
  #closed = false;
  /** Every run the harness answered, so that a second answer is named as one. */
  readonly #answered = new Set<string>();
  /** When each run in flight was sent, and when the harness last answered: what a run's time is measured from. */
  readonly #sentAt = new Map<string, number>();
  #lastAnswerAt = 0;

  private constructor(options: Settled, process: HarnessProcess, description: Description) {
    this.#options = options;
    this.#process = process;
    this.description = description;
  }

  static async open(options: HarnessOptions): Promise<SubprocessConnection> {
    const settled = settle(options);
    const process = new HarnessProcess(settled.command, settled);
    try {
      const description = await handshake(process, limitsOf(settled), settled.startTimeoutMs);
      return new SubprocessConnection(settled, process, description);
    } catch (error) {
      process.kill();
      throw error;
    }
  }

  /** Asks in the order called: a second ask waits for the first, so runs never interleave. */
  ask(requests: readonly Request[]): Promise<Answer[]> {
    const asked = this.#asked.then(() => this.#ask(requests));
    this.#asked = asked.catch(() => undefined);
    return asked;
  }

  /** Stops the harness (bounded), and records as violations whatever it wrote when nothing was asked. */
  async close(): Promise<void> {
    this.#closed = true;
    const process = this.#process;
    this.#process = undefined;
    if (!process) return;
    await process.stop();
    for (const next of process.drain()) this.violations.push(lateViolation(next, this.#answered));
  }

  /**
   * Leaves the harness running for a later use, recording (as close() would) the lines it wrote when nothing was
   * asked. Not worth keeping once restarted or once it wrote unasked: then a fresh start, with a fresh restart budget.
   */
  keep(): boolean {
    const process = this.#process;
    if (!process || this.#closed || this.#restarts > 0) return false;
    const late = process.drain();
    for (const next of late) this.violations.push(lateViolation(next, this.#answered));
    return late.length === 0;
  }

  async #ask(requests: readonly Request[]): Promise<Answer[]> {
    const answers = new Map<string, Answer>();
    const size = Math.max(1, Math.min(this.#options.batchSize ?? Number.POSITIVE_INFINITY, this.description.capabilities.batch));
    const work: Item[] = [];
    for (let start = 0; start < requests.length; start += size) work.push({ batch: requests.slice(start, start + size), alone: false });
    await this.#pipeline(work, answers);
    return requests.map((request) => answers.get(request.id) ?? { kind: "harness-error", reason: "no answer (runner bug)" });
  }

  /**
   * Keeps runs in flight, up to what both sides allow, so the harness decodes the next
   * batch while the runner judges this one. On any failure the process is replaced: the
   * runs it is blamed on go again one case at a time, each alone in flight, and the other
   * runs it had are sent again as they were.
   */
  async #pipeline(work: Item[], answers: Map<string, Answer>): Promise<void> {
    const flight: Sent[] = [];
    // Runs answered in this ask: their answers are not yet returned, so a second answer still reaches their cases.
    const answered = new Map<string, Sent>();
    while (work.length > 0) {
      const process = await this.#running();
      if (typeof process === "string") {
        for (const { batch } of work) for (const request of batch) answers.set(request.id, { kind: "harness-error", reason: process });
        return;
      }
      while (work.length > 0 || flight.length > 0) {
        this.#send(process, work, flight);
        const read = await readRun(process, flight, answered, this.#answered, this.#options, this.description.capabilities.ordered ?? true);
        const took = this.#took(read.kind === "answered" ? [read.run] : read.blamed);
        if (read.kind === "answered") {
          const stderr = await process.runStderr.finish(read.run.id, read.run.batch.length);
          const ms = took / read.run.batch.length;
          for (const result of read.results) answers.set(result.id, { kind: "result", result, ms, ...(stderr ? { stderr } : {}) });
          flight.splice(flight.indexOf(read.run), 1);
          answered.set(read.run.id, read.run);
          this.#answered.add(read.run.id);
          continue;
        }
        this.#lastFailure = read.failure.reason;
        // Every run in flight is sent again under a new id.
        this.#sentAt.clear();
        if (read.unanswerable) this.violations.push(read.failure.reason);
        process.kill();
        this.#process = undefined;
        const again: Item[] = [];
        for (const run of read.blamed) {
          answered.delete(run.id);
          // Blame is certain for a single case alone in flight, or one whose own answer was wrong: it is that case's outcome.
          if (run.batch.length === 1 && (read.certain || flight.length === 1)) {
            const stderr = await process.runStderr.finish(run.id, 1);
            answers.set((run.batch[0] as Request).id, { ...read.failure, ms: took, ...(stderr ? { stderr } : {}) });
          } else again.push(...run.batch.map((request) => ({ batch: [request], alone: true })));
        }
        for (const run of flight) if (!read.blamed.includes(run)) again.push({ batch: run.batch, alone: run.alone });
        flight.length = 0;
        work.unshift(...again);
        break;
      }
    }
  }

  /** Fills the flight up to the depth both sides allow; a run re-sent to find the case at fault goes alone. */
  #send(process: HarnessProcess, work: Item[], flight: Sent[]): void {
    const depth = Math.max(1, Math.min(this.#options.pipelineDepth, this.description.capabilities.in_flight ?? 1));
    while (work.length > 0 && flight.length < depth) {
      const item = work[0] as Item;
      if (flight.length > 0 && (item.alone || flight.some((run) => run.alone))) return;
      work.shift();
      const id = `r${++this.#runs}`;
      process.runStderr.start(id);
      this.#sentAt.set(id, performance.now());
      process.send({ op: "run", id, cases: item.batch.map(toWire) });
      flight.push({ ...item, id });
    }
  }

  /**
   * The harness's wall time over a run just settled: from when it was sent, or from the previous answer if that came
   * later (runs in flight queue behind each other), to when its answer was read. Per batch, not per case (the protocol
   * times nothing): a batch's time is divided among its requests. Runs in flight at once share the time rather than
   * each counting it whole, so the times add up to the harness's busy time, pipe and reading included.
   */
  #took(runs: readonly Sent[]): number {
    const now = performance.now();
    const sent = Math.min(...runs.map((run) => this.#sentAt.get(run.id) ?? now));
    for (const run of runs) this.#sentAt.delete(run.id);
    const took = now - Math.max(sent, this.#lastAnswerAt);
    this.#lastAnswerAt = now;
    return Math.max(0, took);
  }

  /** The live process, restarted (with hello replayed) if need be; a string says why there is none. */
  async #running(): Promise<HarnessProcess | string> {
    if (this.#process) return this.#process;
    // Closed while an ask was pending: nothing may start a harness after close.
    if (this.#closed) return "the connection was closed before the answer";
    if (this.#restarts >= this.#options.restartBudget) return `restart budget of ${this.#options.restartBudget} exhausted; last failure: ${this.#lastFailure}`;
    this.#restarts++;
    const process = new HarnessProcess(this.#options.command, this.#options);
    try {
      await handshake(process, limitsOf(this.#options), this.#options.startTimeoutMs);
      this.#process = process;
      return process;
    } catch (error) {
      process.kill();
      this.#lastFailure = (error as Error).message;
      return `could not restart: ${this.#lastFailure}`;
    }
  }
}

function toWire(request: Request) {
  if (request.operation !== "stream") return request;
  return {
    id: request.id,
    operation: request.operation,
    chunks: request.chunks.map((chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("base64")),
  };
}
