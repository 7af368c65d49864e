import { type ChildProcess, spawn } from "node:child_process";
import { LineReader } from "../protocol/line-reader.js";
import { StderrTail } from "./stderr-tail.js";

export type Failure = { kind: "timeout" | "crashed" | "harness-error"; reason: string };
export type NextLine = { ok: true; line: string } | ({ ok: false } & Failure);

/**
 * One running harness: a child process whose stdout is read line by line (never
 * past a size limit) and whose stderr is drained into a bounded tail, so a flood
 * of diagnostics can neither block it nor exhaust memory.
 */
export class HarnessProcess {
  readonly stderr = new StderrTail();
  readonly #child: ChildProcess;
  readonly #lines: string[] = [];
  #failure: Failure | undefined;
  #waiter: ((next: NextLine) => void) | undefined;
  readonly exited: Promise<void>;

  constructor(command: string, options: { cwd?: string; env?: NodeJS.ProcessEnv; maxLineBytes: number }) {
    // A process group of its own, so a timeout kills the harness and everything it started.
    this.#child = spawn("/bin/sh", ["-c", command], { cwd: options.cwd, env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"], detached: true });
    const reader = new LineReader(
      options.maxLineBytes,
      (line) => this.#deliver(line),
      (size) => this.#fail({ kind: "harness-error", reason: `wrote a line of more than ${options.maxLineBytes} bytes (${size} so far) on stdout` }),
    );
    this.#child.stdout?.on("data", (chunk: Buffer) => reader.push(chunk));
    this.#child.stderr?.on("data", (chunk: Buffer) => this.stderr.push(chunk));
    this.#child.stdin?.on("error", () => {});
    this.exited = new Promise((resolve) => {
      this.#child.on("error", (error) => {
        this.#fail({ kind: "crashed", reason: `could not start: ${error.message}` });
        resolve();
      });
      this.#child.on("close", (code, signal) => {
        const half = reader.partial > 0 ? ` after writing half a line (${reader.partial} bytes, no newline)` : "";
        this.#fail({ kind: "crashed", reason: `exited with ${signal ? `signal ${signal}` : `code ${code}`}${half}` });
        resolve();
      });
    });
  }

  /** Writes one message as a line; false when the harness no longer reads. */
  send(message: object): boolean {
    const stdin = this.#child.stdin;
    if (!stdin || stdin.destroyed || this.#failure) return false;
    stdin.write(`${JSON.stringify(message)}\n`);
    return true;
  }

  /** The next line on stdout, or why there is none within the time. */
  next(timeoutMs: number): Promise<NextLine> {
    const queued = this.#lines.shift();
    if (queued !== undefined) return Promise.resolve({ ok: true, line: queued });
    if (this.#failure) return Promise.resolve({ ok: false, ...this.#failure });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiter = undefined;
        resolve({ ok: false, kind: "timeout", reason: `no answer within ${timeoutMs} ms` });
      }, timeoutMs);
      this.#waiter = (next) => {
        clearTimeout(timer);
        this.#waiter = undefined;
        resolve(next);
      };
    });
  }

  /** Closes stdin (EOF means stop) and waits for a clean exit, killing the group if it does not come. */
  async stop(graceMs = 2000): Promise<void> {
    this.send({ op: "stop" });
    this.#child.stdin?.end();
    const timer = setTimeout(() => this.kill(), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.#child.pid === undefined || this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    try {
      process.kill(-this.#child.pid, "SIGKILL");
    } catch {
      this.#child.kill("SIGKILL");
    }
  }

  #deliver(line: string): void {
    if (this.#waiter) this.#waiter({ ok: true, line });
    else this.#lines.push(line);
  }

  #fail(failure: Failure): void {
    this.#failure ??= failure;
    this.#waiter?.({ ok: false, ...this.#failure });
  }
}
