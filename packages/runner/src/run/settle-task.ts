import type { Level } from "@imagegen-conformance/fixtures";
import type { Answer } from "../harness/connection.js";
import { isProblem, type Outcome } from "../outcome/outcome.js";
import type { ProfileTally } from "../profile/measure-profile.js";
import type { Reach } from "../reproducer/reproducer.js";
import { writeReproducer } from "../reproducer/write-reproducer.js";
import { boundOutcome } from "./bounded-text.js";
import { resultLine } from "./result-line.js";
import type { RunLog } from "./run-log.js";
import { type ImplementationSummary, tally } from "./summary.js";
import type { Task } from "./task.js";
import { unjudged } from "./unjudged.js";

export interface Settling {
  label: string;
  reach: Reach;
  summary: ImplementationSummary;
  gated: readonly Level[];
  seed: number;
  log?: RunLog | undefined;
  reproducers?: string | undefined;
  onOutcome?: ((label: string, task: Task, outcome: Outcome, done: number, total: number) => void) | undefined;
  /** What the answers showed of the entry's profile, case by case. */
  profile?: ProfileTally | undefined;
}

function lineOf(task: Task, outcome: Outcome, label: string, ms: number | undefined): string | undefined {
  try {
    return resultLine(label, task, outcome, ms);
  } catch {
    return undefined;
  }
}

/**
 * The task's time in the implementation: the sum of its answers' times, to the microsecond; 0 for a task that asked
 * nothing (skipped when planned). Undefined when an answer has none (the connection does not time it). Per request in
 * process; over the protocol, a harness batch's time divided among the batch's requests (subprocess-connection.ts).
 */
function taskTime(task: Task, answers: readonly Answer[]): number | undefined {
  if (answers.length !== task.requests.length) return undefined;
  let sum = 0;
  for (const answer of answers) {
    if (answer.ms === undefined || !Number.isFinite(answer.ms)) return undefined;
    sum += answer.ms;
  }
  return Math.round(Math.max(0, sum) * 1000) / 1000;
}

/**
 * Judges one task and records it everywhere: reproducer, onOutcome, tally, log. Every step is
 * contained: what throws makes the case's outcome unjudged, naming the step, and the run goes on.
 */
export function settleTask(task: Task, answers: readonly Answer[], done: number, total: number, context: Settling): Outcome {
  const ms = taskTime(task, answers);
  let outcome: Outcome;
  try {
    outcome = boundOutcome(task.judge(answers));
  } catch (error) {
    outcome = unjudged("judging", error);
  }
  const step = (name: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      outcome = unjudged(name, error);
    }
  };
  if (context.reproducers && isProblem(outcome.kind)) {
    const directory = context.reproducers;
    const found = outcome;
    step("writing the reproducer", () => writeReproducer(directory, context.label, context.reach, task, found, context.seed));
  }
  let line = lineOf(task, outcome, context.label, ms);
  if (line === undefined) outcome = unjudged("writing the log line", "the outcome cannot be written as JSON");
  const told = outcome;
  step("the outcome callback", () => context.onOutcome?.(context.label, task, told, done, total));
  // A failing callback makes the case unjudged, in the log and the counts alike.
  if (outcome !== told || line === undefined) line = lineOf(task, outcome, context.label, ms);
  const tallied = outcome;
  step("tallying", () => {
    tally(context.summary, tallied.kind, task.testCase.level, context.gated);
    if (tallied.kind === "passed" && tallied.fidelity === "allowed") context.summary.allowed = (context.summary.allowed ?? 0) + 1;
    context.profile?.add(task.testCase.id, tallied.observed);
  });
  if (outcome !== tallied) line = lineOf(task, outcome, context.label, ms);
  if (line !== undefined) context.log?.bufferResult(line);
  return outcome;
}
