import type { Case, Level } from "@imagegen-conformance/fixtures";
import type { Connection } from "../harness/connection.js";
import type { Outcome } from "../outcome/outcome.js";
import { writeReproducer } from "../reproducer/write-reproducer.js";
import { runnerIdentity } from "../runner-identity.js";
import { planTasks } from "./plan-tasks.js";
import type { RunLog } from "./run-log.js";
import { emptyCounts, type ImplementationSummary, tally } from "./summary.js";
import type { Target } from "./target.js";
import type { Task } from "./task.js";

export interface RunOptions {
  targets: readonly Target[];
  /** The cases; a function giving a fresh iterable each time streams them, for runs too large to hold. */
  cases: readonly Case[] | (() => Iterable<Case>);
  seed: number;
  log?: RunLog;
  /** Levels whose failures make an implementation non-conformant. Default: required only. */
  gated?: readonly Level[];
  randomChunkings?: number;
  /** Leave out encode checks. */
  skipEncode?: boolean;
  /** Tasks put to an implementation at once (each connection batches them further). */
  window?: number;
  /** Called for every outcome, in order, per implementation. */
  onOutcome?(label: string, task: Task, outcome: Outcome, done: number, total: number): void;
  /** Extra fields for the log's header. */
  header?: Record<string, unknown>;
  /** A report directory: every outcome that is not a pass or a skip gets a reproducer file under it. */
  reproducers?: string;
}

export interface RunSummary {
  implementations: ImplementationSummary[];
  conformant: boolean;
}

/** Checks every target against the cases, in parallel across targets, logging every outcome as it comes. */
export async function runConformance(options: RunOptions): Promise<RunSummary> {
  const gated = options.gated ?? ["required"];
  options.log?.write({
    type: "header",
    runner: runnerIdentity,
    protocol: 1,
    started: new Date().toISOString(),
    seed: options.seed,
    ...(Array.isArray(options.cases) ? { cases: options.cases.length } : {}),
    gated,
    ...options.header,
  });
  const labels = new Set<string>();
  const implementations = await Promise.all(options.targets.map((target) => checkTarget(target, options, gated, labels)));
  const summary = { implementations, conformant: implementations.every((implementation) => implementation.conformant) };
  options.log?.write({
    type: "footer",
    finished: new Date().toISOString(),
    interrupted: false,
    summary: implementations.map(({ description: _description, ...rest }) => rest),
  });
  return summary;
}

async function checkTarget(target: Target, options: RunOptions, gated: readonly Level[], labels: Set<string>): Promise<ImplementationSummary> {
  let connection: Connection;
  try {
    connection = await target.connect();
  } catch (error) {
    const unavailable = error instanceof Error ? error.message : String(error);
    options.log?.write({ type: "implementation", implementation: target.name, unavailable });
    return { label: target.name, unavailable, counts: emptyCounts(), gatedFailures: 0, harnessProblems: 0, conformant: false };
  }
  const { description } = connection;
  let label = `${description.name}@${description.version}`;
  for (let suffix = 2; labels.has(label); suffix++) label = `${description.name}@${description.version}#${suffix}`;
  labels.add(label);
  options.log?.write({ type: "implementation", implementation: label, command: target.name, description });
  const summary: ImplementationSummary = { label, description, counts: emptyCounts(), gatedFailures: 0, harnessProblems: 0, conformant: true };
  // Tasks are planned a window at a time: nothing per case outlives its window.
  const cases = typeof options.cases === "function" ? options.cases() : options.cases;
  const tasks = planTasks(cases, description, {
    seed: options.seed,
    ...(options.randomChunkings === undefined ? {} : { randomChunkings: options.randomChunkings }),
    ...(options.skipEncode ? { skipEncode: true } : {}),
  });

  const total = Array.isArray(options.cases) ? countTasks(options.cases, description) : 0;
  const window = options.window ?? 512;
  try {
    // The next window is asked while this one is judged, so the implementation never waits for the runner.
    let slice = take(tasks, window);
    let asked = connection.ask(slice.flatMap((task) => task.requests));
    for (let start = 0; slice.length > 0; start += window) {
      const answers = await asked;
      const current = slice;
      slice = take(tasks, window);
      if (slice.length > 0) asked = connection.ask(slice.flatMap((task) => task.requests));
      let cursor = 0;
      for (const [index, task] of current.entries()) {
        const outcome = task.judge(answers.slice(cursor, cursor + task.requests.length));
        cursor += task.requests.length;
        record(label, task, outcome, options.log);
        if (options.reproducers && outcome.kind !== "passed" && outcome.kind !== "skipped")
          writeReproducer(options.reproducers, label, target.reach, task, outcome, options.seed);
        tally(summary, outcome.kind, task.testCase.level, gated);
        options.onOutcome?.(label, task, outcome, start + index + 1, total);
      }
      // One write per window: the log keeps up with the run at a fraction of the system calls.
      options.log?.flush();
    }
  } finally {
    await connection.close();
  }
  return summary;
}

function take<T>(iterator: Iterator<T>, count: number): T[] {
  const items: T[] = [];
  while (items.length < count) {
    const next = iterator.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

function countTasks(cases: readonly Case[], description: Connection["description"]): number {
  const encodes = description.capabilities.operations.includes("encode")
    ? cases.filter((testCase) => testCase.operation === "decode" && testCase.expect.verdict === "accept" && testCase.shape in description.capabilities.shapes)
        .length
    : 0;
  return cases.length + encodes;
}

function record(label: string, task: Task, outcome: Outcome, log: RunLog | undefined): void {
  if (!log) return;
  const { testCase } = task;
  if (outcome.kind === "passed" || outcome.kind === "skipped") {
    // The common line, written by hand: the same JSON as below without an object built per case.
    log.bufferLine(
      `{"type":"result","implementation":${JSON.stringify(label)},"case":${JSON.stringify(testCase.id)},"check":"${task.check}","shape":${JSON.stringify(testCase.shape)},"level":"${testCase.level}","expect":"${testCase.expect.verdict}",${JSON.stringify(outcome).slice(1)}`,
    );
    return;
  }
  log.buffer({
    type: "result",
    implementation: label,
    case: testCase.id,
    check: task.check,
    shape: testCase.shape,
    level: testCase.level,
    expect: testCase.expect.verdict,
    ...outcome,
    // Failing cases carry their input, so reports and reproducers need nothing but the log.
    input: testCase.input,
    expected: testCase.expect,
  });
}
