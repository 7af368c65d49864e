import { statSync } from "node:fs";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { UsageError } from "../../cli/usage-error.js";

/** `--report-dir <dir>`, declared with what the command writes there and the directory it uses without one. */
export const reportDirOption = (what: string, fallback: string) =>
  ({ "report-dir": { type: "string", help: `where ${what} go, made if absent`, defaultText: fallback } }) as const satisfies OptionSpecs;

/** A `--report-dir`: a directory, or nothing yet (it is made); a file there is a usage error, not a crash halfway through the run. */
export function reportDirectory(command: string, path: string): string {
  let isDirectory = true;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // Absent, or inside one that is absent: made when the reports are written.
  }
  if (!isDirectory) throw new UsageError(`${command}: --report-dir ${path}: expected a directory, received a file`);
  return path;
}
