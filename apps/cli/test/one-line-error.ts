import type { CliRun } from "./run-cli.js";

/** What every bad input must come to: exit 2, and one line on stderr, with no stack trace and no "internal error". */
export function isOneLineUsageError(run: CliRun): boolean {
  return run.code === 2 && run.stdout === "" && /^imagegen-conformance: [^\n]+\n$/.test(run.stderr) && !/internal error|\n\s+at /.test(run.stderr);
}
