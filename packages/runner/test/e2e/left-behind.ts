import { existsSync, readFileSync } from "node:fs";

/** What a zoo member wrote to its notes file: its pid, its children's, and facts it observed. */
export type Note = { pid: number; role: "member" | "child" } | { inFlight: number } | { limits: Record<string, number> } | { run: string; cases: string[] };

export function readNotes(path: string): Note[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Note);
}

/**
 * Whether a process still runs. A zombie does not: it is dead and waits only for its
 * parent, here an init that may never reap the orphans it inherits.
 */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return true;
  // The state follows the parenthesised command name, which may itself hold ") ".
  try {
    const text = readFileSync(stat, "utf8");
    return text.slice(text.lastIndexOf(")") + 2, text.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false; // Gone between the two looks.
  }
}

/** The pids still running a moment after the run (a SIGKILLed process takes a few milliseconds to go). */
export async function leftBehind(pids: readonly number[], graceMs = 2000): Promise<number[]> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const alive = pids.filter(running);
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
