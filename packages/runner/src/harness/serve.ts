import { type HarnessHello, type ProtocolCase, type ProtocolResult, protocolVersion } from "@imagegen-conformance/core";
import type { Decoded, Implementation, Streamed } from "../implementation/implementation.js";

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

async function handle(implementation: Implementation, line: string, write: (text: string) => void): Promise<boolean> {
  const request = JSON.parse(line) as { op: string; protocol?: number; id?: string; cases?: ProtocolCase[] };
  if (request.op === "hello") {
    if (request.protocol !== protocolVersion) {
      write(`${JSON.stringify({ op: "hello", error: `this harness speaks protocol ${protocolVersion}, not ${request.protocol}` })}\n`);
      return false;
    }
    const { name, language, version, homepage, capabilities, profile } = implementation.describe();
    const hello: HarnessHello = {
      op: "hello",
      protocol: protocolVersion,
      implementation: { name, language, version, ...(homepage ? { homepage } : {}) },
      capabilities,
      profile,
    };
    write(`${JSON.stringify(hello)}\n`);
  } else if (request.op === "run") {
    const answers = (request.cases ?? []).map((testCase) => answer(implementation, testCase));
    const results = answers.some(isPromise) ? await Promise.all(answers) : (answers as ProtocolResult[]);
    write(`${JSON.stringify({ op: "results", id: request.id, results })}\n`);
  } else if (request.op === "stop") return false;
  return true;
}

/**
 * Turns an in-process implementation into a protocol v1 harness on stdin and
 * stdout. Nothing but protocol messages is written to stdout; the process exits
 * 0 on `stop` or at end of input. Lines are split on "\n" only, as the protocol says.
 */
export function serve(implementation: Implementation, streams: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {}): Promise<void> {
  const input = streams.input ?? process.stdin;
  const output = streams.output ?? process.stdout;
  const write = (text: string) => output.write(text);
  return new Promise((resolve) => {
    let pending: Buffer[] = [];
    let queue = Promise.resolve(true);
    let stopped = false;
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
        if (line.trim() === "") continue;
        queue = queue
          .then((running) => (running && !stopped ? handle(implementation, line, write) : false))
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
