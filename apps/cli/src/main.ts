import type { Io } from "./cli/command.js";
import { exitCode } from "./cli/exit-code.js";
import { UsageError } from "./cli/usage-error.js";
import { cliVersion } from "./cli/version.js";
import { commands } from "./commands.js";

export type { Command, Io } from "./cli/command.js";
export { commands };

// Errors about a file the user gave (a corpus, a reproducer, a run log, a baseline): input errors, exit 2.
const inputErrors = new Set(["CorpusError", "ReproducerError", "LogError", "BaselineError", "HarnessStartError"]);

/** Runs one command line and returns its exit code. Errors become one line on stderr, never a stack trace. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === "--version" || name === "-V") {
      io.stdout(`imagegen-conformance ${cliVersion}\n`);
      return exitCode.ok;
    }
    if (name === undefined || name === "--help" || name === "-h") return await runNamed("help", [], io);
    if (args.includes("--help") || args.includes("-h")) return await runNamed("help", [name], io);
    return await runNamed(name, args, io);
  } catch (error) {
    // Bad input, from the command line or from a file it named: one line, exit 2.
    if (error instanceof UsageError || (error instanceof Error && inputErrors.has(error.name))) {
      io.stderr(`imagegen-conformance: ${error.message}\n`);
      return exitCode.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`imagegen-conformance: internal error, please report it: ${message.split("\n")[0]}\n`);
    return exitCode.usage;
  }
}

async function runNamed(name: string, args: string[], io: Io): Promise<number> {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}; expected one of ${commands.map((known) => known.name).join(", ")}`);
  return command.run(args, io);
}
