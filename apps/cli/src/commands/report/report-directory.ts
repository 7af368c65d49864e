import { statSync } from "node:fs";
import { UsageError } from "../../cli/usage-error.js";

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
