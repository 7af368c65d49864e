import { killHarnessGroups } from "@imagegen-conformance/runner";
import { colourWanted, paint } from "./colour.js";
import type { Io } from "./command.js";
import { exitCode } from "./exit-code.js";

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on("data", (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}

/**
 * The process's own streams as an Io. A reader that goes away (`| head`) is no error. A listing (help, list,
 * sample) then ends quietly, exit 0: the reader took what it wanted. Any other command goes on to its own exit
 * code, writing nowhere, so a verdict is never lost to a closed pipe. Other write failures are one line.
 */
export function processIo(listing: boolean): Io {
  const closed = new Set<NodeJS.WriteStream>();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      closed.add(stream);
      if (listing && error.code === "EPIPE") {
        killHarnessGroups();
        process.exit(exitCode.ok);
      }
      if (error.code !== "EPIPE" && !closed.has(process.stderr))
        process.stderr.write(`imagegen-conformance: cannot write output: ${error.code ?? error.message.split("\n")[0]}\n`);
    });
  }
  const writer = (stream: NodeJS.WriteStream) => {
    const coloured = colourWanted(process.env, stream.isTTY === true);
    return (text: string) => {
      if (!closed.has(stream)) stream.write(coloured ? paint(text) : text);
    };
  };
  return { stdout: writer(process.stdout), stderr: writer(process.stderr), stdin: readStdin, interactive: process.stdout.isTTY === true };
}
