import type { Io } from "./cli/command.js";
import { UsageError } from "./cli/usage-error.js";
import { commands } from "./commands.js";

export type { Command, Io } from "./cli/command.js";
export { commands };

// Errors about a file the user gave (a corpus, a reproducer, a run log, a baseline): input errors, exit 2.
const inputErrors = new Set(["CorpusError", "ReproducerError", "LogError", "BaselineError", "HarnessStartError"]);

/** Runs one command line and returns its exit code. Errors become one line on stderr, never a stack trace. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === "--help" || name === "-h") return await runNamed("help", [], io);
    if (args.includes("--help") || args.includes("-h")) return await runNamed("help", [name], io);
    return await runNamed(name, args, io);
  } catch (error) {
    // Bad input, from the command line or from a file it named: one line, exit 2.
    if (error instanceof UsageError || (error instanceof Error && inputErrors.has(error.name))) {
      io.stderr(`imagegen-conformance: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`imagegen-conformance: internal error, please report it: ${message.split("\n")[0]}\n`);
    return 2;
  }
}

async function runNamed(name: string, args: string[], io: Io): Promise<number> {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}; expected one of ${commands.map((known) => known.name).join(", ")}`);
  return command.run(args, io);
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on("data", (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}

const invokedDirectly = process.argv[1] !== undefined && /imagegen-conformance(\.js)?$|main\.[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: readStdin,
    interactive: process.stdout.isTTY === true,
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
