import type { Case, Level } from "@imagegen-conformance/fixtures";
import type { Connection } from "../harness/connection.js";
import { labelOf } from "../implementation/label-of.js";
import type { Outcome } from "../outcome/outcome.js";
import { ProfileTally, profileMismatches } from "../profile/measure-profile.js";
import { runnerIdentity } from "../runner-identity.js";
import { inParallel } from "./in-parallel.js";
import { askContained, judgeWindows } from "./judge-windows.js";
import { countPlanned, planContained } from "./plan-contained.js";
import type { PlanOptions } from "./plan-tasks.js";
import { recordViolations } from "./record-violations.js";
import type { RunLog } from "./run-log.js";
import { selectionOf } from "./selection.js";
import type { Settling } from "./settle-task.js";
import type { Shard } from "./shard.js";
import { emptyCounts, type ImplementationSummary } from "./summary.js";
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
  /** Targets checked at once; default all of them. A sweep of many releases would start more harnesses than a machine can answer. */
  concurrency?: number;
  /** Tasks judged at once: each window's results are logged as soon as it is judged. Default 64. */
  window?: number;
  /** Called for every outcome, in order, per implementation. */
  onOutcome?(label: string, task: Task, outcome: Outcome, done: number, total: number): void;
  /** Extra fields for the log's header. */
  header?: Record<string, unknown>;
  /** The shard this run is, and the case ids of the selection it is a shard of: recorded so merged shards can be checked. */
  plan?: { shard?: Shard; selection?: readonly string[] };
  /** A report directory: every outcome that is not a pass or a skip gets a reproducer file under it. */
  reproducers?: string;
}

export interface RunSummary {
  implementations: ImplementationSummary[];
  conformant: boolean;
  /** Some case of some implementation could not be judged: the run has no verdict. */
  incomplete: boolean;
}

/** Checks every target against the cases, in parallel across targets (up to `concurrency`), logging every outcome as it comes. */
export async function runConformance(options: RunOptions): Promise<RunSummary> {
  const gated = options.gated ?? ["required"];
  const listed = Array.isArray(options.cases) ? (options.cases as readonly Case[]) : undefined;
  options.log?.write({
    type: "header",
    ...options.header,
    runner: runnerIdentity,
    protocol: 1,
    started: new Date().toISOString(),
    seed: options.seed,
    ...(listed ? { cases: listed.length, caseIds: listed.map((testCase) => testCase.id) } : {}),
    ...(options.plan?.shard ? { shard: options.plan.shard } : {}),
    ...(options.plan?.selection ? { selection: selectionOf(options.plan.selection) } : {}),
    gated,
    targets: options.targets.map((target) => target.name),
  });
  const labels = new Set<string>();
  const implementations = await inParallel(options.targets, options.concurrency ?? options.targets.length, (target) =>
    checkTarget(target, options, gated, labels),
  );
  const summary = {
    implementations,
    conformant: implementations.every((implementation) => implementation.conformant),
    incomplete: implementations.some((implementation) => implementation.incomplete),
  };
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
    options.log?.write({ type: "implementation", implementation: target.name, reach: target.reach, unavailable });
    return { label: target.name, unavailable, counts: emptyCounts(), gatedFailures: 0, harnessProblems: 0, incomplete: false, conformant: false };
  }
  const { description } = connection;
  let label = labelOf(description);
  for (let suffix = 2; labels.has(label); suffix++) label = `${labelOf(description)}#${suffix}`;
  labels.add(label);
  const plan: PlanOptions = {
    seed: options.seed,
    ...(options.randomChunkings === undefined ? {} : { randomChunkings: options.randomChunkings }),
    ...(options.skipEncode ? { skipEncode: true } : {}),
  };
  const planned = Array.isArray(options.cases) ? countPlanned(options.cases as readonly Case[], description, plan) : undefined;
  options.log?.write({
    type: "implementation",
    implementation: label,
    command: target.name,
    reach: target.reach,
    description,
    ...(planned === undefined ? {} : { planned }),
  });
  const summary: ImplementationSummary = {
    label,
    description,
    counts: emptyCounts(),
    gatedFailures: 0,
    harnessProblems: 0,
    ...(planned === undefined ? {} : { planned }),
    incomplete: false,
    conformant: true,
  };
  const context: Settling = {
    label,
    reach: target.reach,
    summary,
    gated,
    seed: options.seed,
    log: options.log,
    reproducers: options.reproducers,
    onOutcome: options.onOutcome?.bind(options),
    profile: new ProfileTally(),
  };
  // Tasks are planned a window at a time: nothing per case outlives its window.
  const cases = typeof options.cases === "function" ? options.cases() : options.cases;
  const tasks = planContained(cases, description, plan);
  let closing: string | undefined;
  try {
    await judgeWindows(tasks, (requests) => askContained(connection, requests), options.window ?? 64, planned ?? 0, context);
  } catch {
    // Only the case source itself can end up here (every step per case is contained): what it did not give is missing.
    summary.incomplete = true;
    summary.conformant = false;
  } finally {
    try {
      await connection.close();
    } catch (error) {
      closing = `stopping the harness failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  recordViolations([...connection.violations, ...(closing ? [closing] : [])], context);
  // The profile as measured, beside the declared one; where they disagree it is the harness's claim that is wrong.
  summary.measured = context.profile?.measured() ?? {};
  // A shard sees only its cases: the report measures merged shards from their results' observations instead.
  const mismatches = options.plan?.shard ? [] : profileMismatches(description.profile, summary.measured);
  recordViolations(
    mismatches.map((mismatch) => mismatch.says),
    context,
    "profile",
    mismatches.map((mismatch) => `profile/${mismatch.dimension}`),
  );
  options.log?.flush();
  return summary;
}
