import { spawn } from "node:child_process";
import { trackGroup, untrackGroup } from "@imagegen-conformance/runner";

/** How a command ended: its exit code (null when killed), what it wrote, and why it was stopped if it was. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when it did not run to its end: it could not start, or it ran past its time. */
  failure?: string;
}

// Enough for `npm view --json` of hundreds of versions; an install's chatter beyond it is of no use.
const kept = 4 * 1024 * 1024;

/**
 * Runs a command in its own process group, registered with the runner's, so that an interrupt kills it and whatever it
 * started (npm's and pip's children included); past its time the whole group is killed.
 */
export function runCommand(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const out: string[] = [];
    const err: string[] = [];
    let sizes = 0;
    const keep = (into: string[]) => (chunk: Buffer) => {
      if (sizes > kept) return;
      sizes += chunk.length;
      into.push(chunk.toString("utf8"));
    };
    child.stdout.on("data", keep(out));
    child.stderr.on("data", keep(err));
    let failure: string | undefined;
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      failure = `ran past ${Math.round(options.timeoutMs / 1000)} s and was stopped`;
      kill();
    }, options.timeoutMs);
    if (child.pid) trackGroup(child.pid);
    child.on("error", (error) => {
      failure = `cannot run ${file}: ${(error as NodeJS.ErrnoException).code ?? error.message}`;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (child.pid) untrackGroup(child.pid);
      resolve({ code, stdout: out.join(""), stderr: err.join(""), ...(failure ? { failure } : {}) });
    });
  });
}

// A crash's trailer says nothing about why: Node's version line, stack frames, a caret under a source line.
// Node's crash trailer, and npm's lines around its error: where its log is (a path of this machine), its code, its advice.
const noise = /^(Node\.js v\d|at |\^+$|-+$|npm error (A complete log|code |errno |notarget In most cases))/;

/** The line that says why a command failed: its last error line, else its last line that is not noise, else how it ended. */
export function lastLine(result: CommandResult): string {
  const lines = `${result.stderr}\n${result.stdout}`
    .split("\n")
    .map((text) => text.trim())
    .filter((text) => text.length > 0 && !noise.test(text));
  const line = lines.findLast((text) => /\berror\b/i.test(text)) ?? lines.at(-1);
  return result.failure ?? (line ? line.slice(0, 300) : `exit ${result.code}`);
}
