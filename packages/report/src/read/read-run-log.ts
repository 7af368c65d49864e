import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import type { LogRecord } from "@imagegen-conformance/runner";
import { asRecord, recordProblem } from "./check-record.js";
import { LogError } from "./log-error.js";

// Control characters of the file stay out of the terminal.
const excerpt = (text: string) =>
  (text.length > 60 ? `${text.slice(0, 60)}…` : text).replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

function checkReadable(path: string): void {
  let kind: string;
  try {
    const stats = statSync(path);
    kind = stats.isFile() ? "file" : stats.isDirectory() ? "a directory" : "not a regular file";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LogError(`cannot read ${path}: ${code === "ENOENT" ? "no such file" : (code ?? (error as Error).message)}`);
  }
  if (kind !== "file") throw new LogError(`${path}: expected a run log (a file of JSON lines), received ${kind}`);
}

/** Reads a run log line by line (a log of millions of results is never held whole), checking each record against the log's schema. */
export async function* readRunLog(path: string): AsyncGenerator<LogRecord> {
  checkReadable(path);
  const input = createReadStream(path, { encoding: "utf8" });
  const failed = new Promise<never>((_resolve, reject) => {
    input.once("error", (error: NodeJS.ErrnoException) => reject(new LogError(`cannot read ${path}: ${error.code ?? error.message}`)));
  });
  failed.catch(() => undefined);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  for (let number = 1; ; number++) {
    const next = await Promise.race([lines.next(), failed]);
    if (next.done) return;
    const line = next.value;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new LogError(`${path}:${number}: not JSON: ${excerpt((error as Error).message)}`);
    }
    const problem = recordProblem(value);
    if (problem) throw new LogError(`${path}:${number}: ${problem}`);
    yield asRecord(value);
  }
}
