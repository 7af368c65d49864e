import { type HarnessHello, type ProtocolResult, protocolVersion, type RunnerHello } from "@imagegen-conformance/core";
import type { Description } from "../implementation/implementation.js";
import { protocolViolation } from "../protocol/validate-message.js";
import type { Request } from "../run/request.js";
import { runnerIdentity } from "../runner-identity.js";
import type { Answer, Connection } from "./connection.js";
import { type Failure, HarnessProcess } from "./harness-process.js";

export interface HarnessOptions {
  command: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Per run message. Default 30 s. */
  requestTimeoutMs?: number;
  /** For the hello answer, which includes the harness's start-up. Default 60 s. */
  startTimeoutMs?: number;
  /** Restarts allowed after crashes, timeouts and protocol violations. Default 10. */
  restartBudget?: number;
  /** Longest stdout line accepted. Default 64 MiB. */
  maxLineBytes?: number;
  /** Most cases per run message (the harness's own limit also applies). */
  batchSize?: number;
  /** Run messages in flight at once. Default 3. */
  pipelineDepth?: number;
}

/** A harness that never said a valid hello: the row is unavailable, with this reason. */
export class HarnessStartError extends Error {
  override readonly name = "HarnessStartError";
}

type Settled = Required<Omit<HarnessOptions, "cwd" | "env" | "batchSize" | "pipelineDepth">> & HarnessOptions;

const excerpt = (line: string) => JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);

/**
 * Drives one long-lived harness process over protocol v1: batches, a timeout per
 * request, restart and hello replay after a crash, a timeout or a protocol
 * violation, and then the failed batch again one case at a time so the blame
 * lands on the right case.
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

  private constructor(options: Settled, process: HarnessProcess, description: Description) {
    this.#options = options;
    this.#process = process;
    this.description = description;
  }

  static async open(options: HarnessOptions): Promise<SubprocessConnection> {
    const settled = { requestTimeoutMs: 30_000, startTimeoutMs: 60_000, restartBudget: 10, maxLineBytes: 64 * 1024 * 1024, ...options };
    const process = new HarnessProcess(settled.command, settled);
    try {
      const hello = await handshake(process, settled);
      return new SubprocessConnection(settled, process, describe(hello));
    } catch (error) {
      process.kill();
      throw error;
    }
  }

  /** Asks in the order called: one harness reads one run at a time, so a second ask waits for the first. */
  ask(requests: readonly Request[]): Promise<Answer[]> {
    const asked = this.#asked.then(() => this.#ask(requests));
    this.#asked = asked.catch(() => undefined);
    return asked;
  }

  async #ask(requests: readonly Request[]): Promise<Answer[]> {
    const answers = new Map<string, Answer>();
    const size = Math.max(1, Math.min(this.#options.batchSize ?? Number.POSITIVE_INFINITY, this.description.capabilities.batch));
    const batches: Request[][] = [];
    for (let start = 0; start < requests.length; start += size) batches.push(requests.slice(start, start + size));
    await this.#pipeline(batches, answers);
    return requests.map((request) => answers.get(request.id) ?? { kind: "harness-error", reason: "no answer (runner bug)" });
  }

  /**
   * Keeps a few run messages in flight, so the harness decodes the next batch while
   * the runner judges this one. On any failure the pipeline drains: the failed batch
   * is re-run one case at a time, and the batches sent after it are sent again.
   */
  async #pipeline(batches: readonly Request[][], answers: Map<string, Answer>): Promise<void> {
    const depth = this.#options.pipelineDepth ?? 3;
    let next = 0;
    while (next < batches.length) {
      const process = await this.#running();
      if (typeof process === "string") {
        for (const batch of batches.slice(next)) for (const request of batch) answers.set(request.id, { kind: "harness-error", reason: process });
        return;
      }
      const flight: { id: string; batch: Request[] }[] = [];
      let failed = false;
      while (!failed && (next < batches.length || flight.length > 0)) {
        while (flight.length < depth && next < batches.length) {
          const batch = batches[next++] as Request[];
          const id = `r${++this.#runs}`;
          if (flight.length === 0) process.stderr.clear();
          process.send({ op: "run", id, cases: batch.map(toWire) });
          flight.push({ id, batch });
        }
        const { id, batch } = flight.shift() as { id: string; batch: Request[] };
        const failure = await this.#receive(process, id, batch, answers);
        if (failure === undefined) continue;
        failed = true;
        this.#lastFailure = failure.reason;
        const stderr = process.stderr.text();
        process.kill();
        this.#process = undefined;
        if (batch.length === 1) answers.set((batch[0] as Request).id, { ...failure, ...(stderr ? { stderr } : {}) });
        else for (const request of batch) await this.#batch([request], answers);
        // Whatever was in flight behind the failure is sent again to a fresh process.
        for (const lost of flight) await this.#pipeline([lost.batch], answers);
      }
    }
  }

  async close(): Promise<void> {
    await this.#process?.stop();
    this.#process = undefined;
  }

  async #batch(batch: readonly Request[], answers: Map<string, Answer>): Promise<void> {
    const process = await this.#running();
    if (typeof process === "string") {
      for (const request of batch) answers.set(request.id, { kind: "harness-error", reason: process });
      return;
    }
    process.stderr.clear();
    const id = `r${++this.#runs}`;
    process.send({ op: "run", id, cases: batch.map(toWire) });
    const failure = await this.#receive(process, id, batch, answers);
    if (failure === undefined) return;
    this.#lastFailure = failure.reason;
    const stderr = process.stderr.text();
    process.kill();
    this.#process = undefined;
    if (batch.length === 1) {
      const [only] = batch as [Request];
      answers.set(only.id, { ...failure, ...(stderr ? { stderr } : {}) });
      return;
    }
    for (const request of batch) await this.#batch([request], answers);
  }

  /** Reads the results of one run message into `answers`, or returns why that failed. */
  async #receive(process: HarnessProcess, id: string, batch: readonly Request[], answers: Map<string, Answer>): Promise<Failure | undefined> {
    const next = await process.next(this.#options.requestTimeoutMs);
    if (!next.ok) return next;
    let message: unknown;
    try {
      message = JSON.parse(next.line);
    } catch {
      return { kind: "harness-error", reason: `wrote a stdout line that is not JSON: ${excerpt(next.line)}` };
    }
    const violation = protocolViolation("results", message);
    if (violation) return { kind: "harness-error", reason: `protocol violation: ${violation}` };
    const results = message as { id: string; results: ProtocolResult[] };
    if (results.id !== id)
      return { kind: "harness-error", reason: `protocol violation: answered run ${JSON.stringify(results.id)} while run ${JSON.stringify(id)} was waiting` };
    const byId = new Map<string, ProtocolResult[]>();
    for (const result of results.results) byId.set(result.id, [...(byId.get(result.id) ?? []), result]);
    const stderr = process.stderr.text();
    for (const request of batch) {
      const found = byId.get(request.id) ?? [];
      if (found.length === 1) answers.set(request.id, { kind: "result", result: found[0] as ProtocolResult, ...(stderr ? { stderr } : {}) });
      else
        answers.set(request.id, {
          kind: "harness-error",
          reason:
            found.length === 0
              ? `protocol violation: no result for case ${JSON.stringify(request.id)}`
              : `protocol violation: ${found.length} results for case ${JSON.stringify(request.id)}`,
        });
    }
    return undefined;
  }

  /** The live process, restarted (with hello replayed) if need be; a string says why there is none. */
  async #running(): Promise<HarnessProcess | string> {
    if (this.#process) return this.#process;
    if (this.#restarts >= this.#options.restartBudget) return `restart budget of ${this.#options.restartBudget} exhausted; last failure: ${this.#lastFailure}`;
    this.#restarts++;
    const process = new HarnessProcess(this.#options.command, this.#options);
    try {
      await handshake(process, this.#options);
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

async function handshake(process: HarnessProcess, options: { startTimeoutMs: number; maxLineBytes: number }): Promise<HarnessHello> {
  const hello: RunnerHello = {
    op: "hello",
    protocol: protocolVersion,
    runner: runnerIdentity,
    limits: { max_line_bytes: options.maxLineBytes, max_message_bytes: 64 * 1024, max_output_bytes: 16 * 1024 * 1024 },
  };
  process.send(hello);
  const next = await process.next(options.startTimeoutMs);
  const stderr = () => process.stderr.text().trim().split("\n").at(-1) ?? "";
  if (!next.ok) throw new HarnessStartError(`${next.reason} before answering hello${stderr() ? `: ${stderr()}` : ""}`);
  let message: unknown;
  try {
    message = JSON.parse(next.line);
  } catch {
    throw new HarnessStartError(`answered hello with a line that is not JSON: ${excerpt(next.line)}`);
  }
  if (protocolViolation("harnessRefusal", message) === null)
    throw new HarnessStartError(`refused protocol ${protocolVersion}: ${(message as { error: string }).error}`);
  const violation = protocolViolation("harnessHello", message);
  if (violation) throw new HarnessStartError(`protocol violation: ${violation}`);
  return message as HarnessHello;
}

function describe(hello: HarnessHello): Description {
  return { ...hello.implementation, capabilities: hello.capabilities, profile: hello.profile };
}
