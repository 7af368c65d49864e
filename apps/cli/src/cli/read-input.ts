import { readFile } from "node:fs/promises";
import type { Io } from "./command.js";
import { UsageError } from "./usage-error.js";

/** Reads a named file, or stdin for "-", turning failures into one-line usage errors. */
export async function readInput(path: string, io: Io): Promise<string> {
  if (path === "-") return io.stdin();
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}
