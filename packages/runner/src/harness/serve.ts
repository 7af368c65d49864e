import { createInterface } from "node:readline";
import { type HarnessHello, type ProtocolCase, type ProtocolResult, protocolVersion } from "@imagegen-conformance/core";
import type { Decoded, Implementation, Streamed } from "../implementation/implementation.js";

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

async function answer(implementation: Implementation, request: ProtocolCase): Promise<ProtocolResult> {
  try {
    let result: Decoded | Streamed | undefined;
    if (request.operation === "stream") result = await implementation.stream?.(request.chunks.map((chunk) => new Uint8Array(Buffer.from(chunk, "base64"))));
    else result = await implementation[request.operation]?.(request.shape, request.input);
    if (result === undefined) return { id: request.id, status: "skipped", reason: `no ${request.operation} operation` };
    if (result.status !== "accepted") return { id: request.id, ...result } as ProtocolResult;
    const { status: _status, ...value } = result;
    return { id: request.id, status: "ok", ...value } as ProtocolResult;
  } catch (error) {
    return { id: request.id, status: "errored", message: message(error) };
  }
}

/**
 * Turns an in-process implementation into a protocol v1 harness on stdin and
 * stdout. Nothing but protocol messages is written to stdout; the process exits
 * 0 on `stop` or at end of input.
 */
export function serve(implementation: Implementation, streams: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {}): Promise<void> {
  const output = streams.output ?? process.stdout;
  const write = (value: object) => output.write(`${JSON.stringify(value)}\n`);
  const lines = createInterface({ input: streams.input ?? process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  return new Promise((resolve) => {
    let queue = Promise.resolve();
    lines.on("line", (line) => {
      queue = queue.then(async () => {
        const request = JSON.parse(line) as { op: string; protocol?: number; id?: string; cases?: ProtocolCase[] };
        if (request.op === "hello") {
          if (request.protocol !== protocolVersion) {
            write({ op: "hello", error: `this harness speaks protocol ${protocolVersion}, not ${request.protocol}` });
            lines.close();
            return;
          }
          const { name, language, version, homepage, capabilities, profile } = implementation.describe();
          const hello: HarnessHello = {
            op: "hello",
            protocol: protocolVersion,
            implementation: { name, language, version, ...(homepage ? { homepage } : {}) },
            capabilities,
            profile,
          };
          write(hello);
        } else if (request.op === "run") {
          const results: ProtocolResult[] = [];
          for (const testCase of request.cases ?? []) results.push(await answer(implementation, testCase));
          write({ op: "results", id: request.id, results });
        } else if (request.op === "stop") lines.close();
      });
    });
    lines.on("close", () => {
      queue.then(resolve, resolve);
    });
  });
}
