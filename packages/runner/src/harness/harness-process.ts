import { type ChildProcess, spawn } from "node:child_process";
import { LineReader } from "../protocol/line-reader.js";
import { excerpt } from "./excerpt.js";
import { trackGroup, untrackGroup } from "./process-registry.js";
import { RunStderr } from "./run-stderr.js";
import { StderrTail } from "./stderr-tail.js";
import { within } from "./within.js";

export type Failure = { kind: "timeout" | "crashed" | "harness-error"; reason: string };
export type NextLine = { ok: true; line: string } | ({ ok: false } & Failure);

/** After the harness exits, how long its stdout may take to end (its group is killed first, so only an escapee holds it). */
const drainMs = 500;

/**
 * One running harness: a process group whose leader's stdout is read line by line
 * (never past a size limit, never other than UTF-8) and whose stderr is drained into
 * bounded tails: one of all of it, one per run in flight. The harness exiting ends it
 * at once, whatever its children still hold open: the whole group is killed and the
 * pipes are given up.
 */
export class HarnessProcess {
  /** All of stderr, bounded: what a harness that fails to start said. */
  readonly stderr = new StderrTail();
  /** The stderr of each run in flight, for the evidence of its cases. */
  readonly runStderr = new RunStderr();
  readonly #child: ChildProcess;
  readonly #reader: LineReader;
  readonly #lines: NextLine[] = [];
  #failure: Failure | undefined;
  #waiter: ((next: NextLine) => void) | undefined;
  #groupKilled = false;
  /** The harness process exited (or never started). */
  readonly exited: Promise<void>;
  /** Exited, its group killed, and its stdout read to the end (or given up). */
  readonly settled: Promise<void>;

  constructor(command: string, options: { cwd?: string; env?: NodeJS.ProcessEnv; maxLineBytes: number }) {
    // A process group of its own, so one signal reaches the harness and everything it started.
    this.#child = spawn("/bin/sh", ["-c", command], { cwd: options.cwd, env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"], detached: true });
    if (this.#child.pid !== undefined) trackGroup(this.#child.pid);
    this.#reader = new LineReader(options.maxLineBytes, {
      line: (line) => this.#deliver({ ok: true, line }),
      invalid: (bytes) => this.#deliver({ ok: false, kind: "harness-error", reason: notUtf8(bytes) }),
      overflow: (size) =>
        this.#deliver({ ok: false, kind: "harness-error", reason: `wrote a line of more than ${options.maxLineBytes} bytes (${size} so far) on stdout` }),
    });
    const stdout = this.#child.stdout;
    const ended = new Promise<void>((resolve) => {
      stdout?.on("end", resolve).on("close", resolve).on("error", resolve);
    });
    stdout?.on("data", (chunk: Buffer) => this.#reader.push(chunk));
    this.#child.stderr
      ?.on("data", (chunk: Buffer) => {
        this.stderr.push(chunk);
        this.runStderr.push(chunk);
      })
      .on("error", () => {});
    this.#child.stdin?.on("error", () => {});
    this.exited = new Promise((resolve) => {
      this.#child.on("error", (error) => {
        this.#fail(`could not start: ${error.message}`);
        resolve();
      });
      this.#child.on("exit", () => resolve());
    });
    this.settled = this.exited.then(async () => {
      // Whatever the harness left running dies with it; then what it wrote before exiting is read.
      this.kill();
      await within(ended, drainMs);
      this.#release();
      const { exitCode: code, signalCode: signal } = this.#child;
      const half = this.#reader.partial > 0 ? ` after writing half a line (${this.#reader.partial} bytes, no newline)` : "";
      this.#fail(`exited with ${signal ? `signal ${signal}` : `code ${code}`}${half}`);
    });
  }

  /** Writes one message as a line; false when the harness no longer reads. */
  send(message: object): boolean {
    const stdin = this.#child.stdin;
    if (!stdin || stdin.destroyed || stdin.writableEnded || this.#failure) return false;
    stdin.write(`${JSON.stringify(message)}\n`);
    return true;
  }

  /** The next line on stdout (or what was wrong with it), or why there is none within the time. */
  next(timeoutMs: number): Promise<NextLine> {
    const queued = this.#lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
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

  /** Lines read but not yet asked for: after stop, what the harness wrote when nothing was pending. */
  drain(): NextLine[] {
    return this.#lines.splice(0);
  }

  /**
   * Asks the harness to stop (the message, then EOF) and kills its group if it has not
   * exited within the grace. Bounded: never waits on pipes a surviving process holds.
   */
  async stop(graceMs = 2000): Promise<void> {
    this.send({ op: "stop" });
    this.#child.stdin?.end();
    if (!(await within(this.exited, graceMs))) this.kill();
    if (!(await within(this.settled, graceMs))) this.#release();
  }

  /** SIGKILLs the whole group, once: the harness and everything it started. */
  kill(): void {
    const pid = this.#child.pid;
    if (pid === undefined || this.#groupKilled) return;
    this.#groupKilled = true;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // No group by that id (gone already, or never made): the harness alone, if it is still there.
      this.#child.kill("SIGKILL");
    }
    untrackGroup(pid);
  }

  /** Lets go of the pipes, so that nothing outside the group can keep this process alive through them. */
  #release(): void {
    this.#child.stdin?.destroy();
    this.#child.stdout?.destroy();
    this.#child.stderr?.destroy();
  }

  #deliver(next: NextLine): void {
    if (this.#waiter) this.#waiter(next);
    else this.#lines.push(next);
  }

  #fail(reason: string): void {
    this.#failure ??= { kind: "crashed", reason };
    this.#waiter?.({ ok: false, ...this.#failure });
  }
}

function notUtf8(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  const bad = Math.max(0, text.indexOf("\uFFFD") - 20);
  return `wrote a stdout line of ${bytes.length} bytes that is not valid UTF-8 (shown with U+FFFD): ${bad > 0 ? "…" : ""}${excerpt(text.slice(bad))}`;
}
