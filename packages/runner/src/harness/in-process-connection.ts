import type { ProtocolResult } from "@imagegen-conformance/core";
import type { Decoded, Implementation, Streamed } from "../implementation/implementation.js";
import type { Request } from "../run/request.js";
import type { Answer, Connection } from "./connection.js";

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function toResult(id: string, answer: Decoded | Streamed): ProtocolResult {
  if (answer.status === "accepted") {
    const { status: _status, ...value } = answer;
    return { id, status: "ok", ...value } as ProtocolResult;
  }
  return { id, ...answer } as ProtocolResult;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";

/** Puts requests to an implementation in this process; what it throws is `errored`, as a harness would report it. */
export class InProcessConnection implements Connection {
  readonly description;
  readonly violations: readonly string[] = [];
  readonly #implementation: Implementation;

  constructor(implementation: Implementation) {
    this.#implementation = implementation;
    this.description = implementation.describe();
  }

  /** Each answer carries its request's own time (`ms`). */
  async ask(requests: readonly Request[]): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (const request of requests) {
      const started = performance.now();
      let ended: number | undefined;
      try {
        const pending = this.#one(request);
        // A synchronous answer is timed before the await: the runner's judging may run before the await resumes.
        if (!isThenable(pending)) ended = performance.now();
        const answer = await pending;
        answers.push({
          kind: "result",
          result: answer ? toResult(request.id, answer) : { id: request.id, status: "skipped", reason: `no ${request.operation} operation` },
          ms: (ended ?? performance.now()) - started,
        });
      } catch (error) {
        answers.push({ kind: "result", result: { id: request.id, status: "errored", message: message(error) }, ms: (ended ?? performance.now()) - started });
      }
    }
    return answers;
  }

  #one(request: Request): Decoded | Streamed | Promise<Decoded | Streamed> | undefined {
    const implementation = this.#implementation;
    if (request.operation === "stream") return implementation.stream?.(request.chunks);
    return implementation[request.operation]?.(request.shape, request.input);
  }

  async close(): Promise<void> {}
}
