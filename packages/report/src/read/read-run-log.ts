import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { LogRecord } from "@imagegen-conformance/runner";
import { LogError } from "./log-error.js";

const types = new Set(["header", "implementation", "result", "footer"]);

/** Reads a run log line by line (a log of millions of results is never held whole), checking each record. */
export async function* readRunLog(path: string): AsyncGenerator<LogRecord> {
  const input = createReadStream(path, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    input.once("open", () => resolve());
    input.once("error", (error: NodeJS.ErrnoException) => reject(new LogError(`cannot read ${path}: ${error.code ?? error.message}`)));
  });
  await opened;
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    number++;
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new LogError(`${path}:${number}: not JSON: ${(error as Error).message}`);
    }
    const type = typeof record === "object" && record !== null ? (record as { type?: unknown }).type : undefined;
    if (typeof type !== "string" || !types.has(type))
      throw new LogError(
        `${path}:${number}: expected a record of type header, implementation, result or footer, received ${JSON.stringify(type ?? record).slice(0, 40)}`,
      );
    if (type === "result") {
      const result = record as Record<string, unknown>;
      for (const field of ["implementation", "case", "check", "kind", "reason"]) {
        if (typeof result[field] !== "string") throw new LogError(`${path}:${number}: result record without a string "${field}"`);
      }
    }
    yield record as LogRecord;
  }
}
