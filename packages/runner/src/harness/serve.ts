import { type HarnessHello, type Limits, type ProtocolCase, type ProtocolResult, protocolVersion } from "@imagegen-conformance/core";
import type { Decoded, Implementation, Streamed } from "../implementation/implementation.js";
import { boundResult, limitsOf } from "./bound-result.js";

/**
 * Runs the runner may send before the first is answered. True of any number: every line waits for the one before
 * it to be answered (one promise queue), so runs are answered in the order sent. 4 keeps the implementation busy
 * between runs without asking the runner to hold many batches.
 */
const inFlight = 4;
const blank = /^[ \t\r\n]*$/;

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | undefined)?.then === "function";

function toResult(id: string, result: Decoded | Streamed | undefined, operation: string): ProtocolResult {
  if (result === undefined) return { id, status: "skipped", reason: `no ${operation} operation` };
  if (result.status !== "accepted") return { id, ...result } as ProtocolResult;
  const { status: _status, ...value } = result;
  return { id, status: "ok", ...value } as ProtocolResult;
}

/** One case's answer: synchronous implementations stay synchronous (no promise per case on the hot path). */
function answer(implementation: Implementation, request: ProtocolCase): ProtocolResult | Promise<ProtocolResult> {
  try {
    const result =
      request.operation === "stream"
        ? implementation.stream?.(request.chunks.map((chunk) => new Uint8Array(Buffer.from(chunk, "base64"))))
        : implementation[request.operation]?.(request.shape, request.input);
    if (isPromise(result))
      return result.then(
        (settled) => toResult(request.id, settled, request.operation),
        (error) => ({ id: request.id, status: "errored", message: message(error) }),
      );
    return toResult(request.id, result, request.operation);
  } catch (error) {
    return { id: request.id, status: "errored", message: message(error) };
  }
}

async function handle(implementation: Implementation, line: string, write: (text: string) => void, limits: Limits): Promise<boolean> {
  let request: { op: string; protocol?: number; id?: string; cases?: ProtocolCase[]; limits?: unknown };
  try {
    request = JSON.parse(line);
  } catch (error) {
    // One bad line must not end the queue behind it: said on stderr, as the protocol asks, and skipped.
    process.stderr.write(`ignoring a line that is not JSON: ${message(error)}\n`);
    return true;
  }
  if (request.op === "hello") {
    if (request.protocol !== protocolVersion) {
      write(`${JSON.stringify({ op: "hello", error: `this harness speaks protocol ${protocolVersion}, not ${request.protocol}` })}\n`);
      return false;
    }
    const { name, language, version, homepage, entry, capabilities, profile } = implementation.describe();
    const hello: HarnessHello = {
      op: "hello",
      protocol: protocolVersion,
      implementation: { name, language, version, ...(homepage ? { homepage } : {}), entry },
      capabilities: { ...capabilities, in_flight: inFlight, ordered: true },
      profile,
    };
    Object.assign(limits, limitsOf(request.limits));
    write(`${JSON.stringify(hello)}\n`);
  } else if (request.op === "run") {
    const answers = (request.cases ?? []).map((testCase) => answer(implementation, testCase));
    const results = answers.some(isPromise) ? await Promise.all(answers) : (answers as ProtocolResult[]);
    write(`${JSON.stringify({ op: "results", id: request.id, results: results.map((result) => boundResult(result, limits)) })}\n`);
  } else if (request.op === "stop") return false;
  return true;
}

/**
 * Turns an in-process implementation into a protocol v1 harness on stdin and
 * stdout. Nothing but protocol messages is written to stdout; the process exits
 * 0 on `stop` or at end of input. Lines are split on "\n" only, as the protocol says; blank lines are skipped.
 * Results are kept within the limits of the runner's hello, and the hello declares `in_flight` and `ordered`.
 */
export function serve(implementation: Implementation, streams: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {}): Promise<void> {
  const input = streams.input ?? process.stdin;
  const output = streams.output ?? process.stdout;
  const write = (text: string) => output.write(text);
  return new Promise((resolve) => {
    let pending: Buffer[] = [];
    let queue = Promise.resolve(true);
    let stopped = false;
    const limits = limitsOf(undefined);
    const finish = () => {
      if (stopped) return;
      stopped = true;
      input.removeAllListeners("data");
      queue.then(
        () => resolve(),
        () => resolve(),
      );
    };
    input.on("data", (chunk: Buffer) => {
      let start = 0;
      for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
        const line = Buffer.concat([...pending, chunk.subarray(start, newline)]).toString("utf8");
        pending = [];
        start = newline + 1;
        if (blank.test(line)) continue;
        queue = queue
          .then((running) => (running && !stopped ? handle(implementation, line, write, limits) : false))
          .then((running) => {
            if (!running) finish();
            return running;
          });
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    });
    input.on("end", finish);
    input.on("close", finish);
  });
}
