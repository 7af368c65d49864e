import { readFile } from "node:fs/promises";
import type { Io } from "./command.js";
import { UsageError } from "./usage-error.js";

// What a failed read means to the person who named the file.
const reasons: Record<string, string> = { ENOENT: "no such file", EISDIR: "expected a file, received a directory", EACCES: "permission denied" };

/** Reads a named file, or stdin for "-", turning failures into one-line usage errors. */
export async function readInput(path: string, io: Io): Promise<string> {
  try {
    return path === "-" ? await io.stdin() : await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UsageError(`cannot read ${path === "-" ? "<stdin>" : path}: ${reasons[code] ?? (code || (error as Error).message.split("\n")[0])}`);
  }
}
