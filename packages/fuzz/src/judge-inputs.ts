import {
  type Answer,
  behavedOf,
  blameOf,
  type Connection,
  InputValues,
  isProblem,
  type Outcome,
  outcome,
  type PlanOptions,
  planTasks,
  type Reach,
  type Task,
} from "@imagegen-conformance/runner";
import { askEach } from "./ask-each.js";
import type { FuzzInput } from "./fuzz-input.js";
import { thrown } from "./unjudged.js";

/** An implementation under fuzz: its label, its live connection, and how a reproducer reaches it again. */
export interface Contestant {
  label: string;
  connection: Connection;
  reach: Reach;
}

/** What every implementation made of one input. */
export interface Judged {
  input: FuzzInput;
  outcomes: Map<string, Outcome[]>;
  /** accept or reject, per implementation that answered the decode or stream question. */
  verdicts: Map<string, "accept" | "reject">;
  /** Empty when everyone agrees with the documented shape and with each other. */
  signature: string;
  /** Implementations whose outcome was not a pass or a skip. */
  failing: string[];
  /** Why the runner could not judge this input for some implementation: it is no finding, but it is reported. */
  unjudged?: string;
  /** Each implementation's time over this input, where its connection measured it: what shrinking asks the slow ones last by. */
  ms: Map<string, number>;
}

const verdictOf = (answer: Answer | undefined): "accept" | "reject" | undefined => (answer?.kind === "result" ? behavedOf(answer.result) : undefined);

/** How one implementation fails an input, if it does. What the runner could not judge is nobody's disagreement. */
export const failureOf = (outcomes: readonly Outcome[] | undefined): string | undefined =>
  outcomes?.find((outcome) => isProblem(outcome.kind) && blameOf(outcome.kind) !== "runner")?.kind;

/** The kind of disagreement an input shows: which implementations fail how, and who accepts what the others reject. */
export function signatureOf(outcomes: Map<string, Outcome[]>, verdicts: Map<string, "accept" | "reject">): { signature: string; failing: string[] } {
  const failing = [...outcomes].flatMap(([label, list]) => {
    const bad = failureOf(list);
    return bad ? [`${label}:${bad}`] : [];
  });
  const accepting = [...verdicts].filter(([, verdict]) => verdict === "accept").map(([label]) => label);
  const rejecting = [...verdicts].filter(([, verdict]) => verdict === "reject").map(([label]) => label);
  const split = accepting.length > 0 && rejecting.length > 0 ? [`accept:${accepting.sort().join(",")}|reject:${rejecting.sort().join(",")}`] : [];
  return { signature: [...failing.sort(), ...split].join(" "), failing: failing.map((part) => part.slice(0, part.lastIndexOf(":"))) };
}

type Entry = Omit<Judged, "signature" | "failing">;

/** The sum of the answers' times; undefined when one is unmeasured, or nothing was asked. */
function timeOf(answers: Answer[] | { thrown: string }): number | undefined {
  if (!Array.isArray(answers) || answers.length === 0) return undefined;
  let sum = 0;
  for (const answer of answers) {
    if (answer.ms === undefined) return undefined;
    sum += answer.ms;
  }
  return sum;
}

/** Plans one input's tasks for one implementation; a throw leaves the input unjudged, never the batch. */
function plan(entry: Entry, label: string, connection: Connection, options: PlanOptions): Task[] {
  try {
    return [...planTasks([entry.input.testCase], connection.description, options)];
  } catch (error) {
    entry.unjudged ??= `${label}: the runner could not plan it: ${thrown(error)}`;
    return [];
  }
}

/** Puts every input to every implementation (in parallel across them, batched within each) and judges the answers. */
export async function judgeInputs(inputs: readonly FuzzInput[], contestants: readonly Contestant[], seed: number, skipEncode = false): Promise<Judged[]> {
  const entries: Entry[] = inputs.map((input) => ({ input, outcomes: new Map(), verdicts: new Map(), ms: new Map() }));
  // Each input is parsed once for every contestant's judgement.
  const options: PlanOptions = { seed, randomChunkings: 1, skipEncode, inputs: new InputValues() };
  await Promise.all(
    contestants.map(async ({ label, connection }) => {
      const planned = entries.map((entry) => plan(entry, label, connection, options));
      const answered = await askEach(
        connection,
        planned.map((tasks) => tasks.flatMap((task) => task.requests)),
      );
      for (const [at, tasks] of planned.entries()) {
        const entry = entries[at] as Entry;
        const answers = answered[at] ?? [];
        const ms = timeOf(answers);
        if (ms !== undefined) entry.ms.set(label, ms);
        let cursor = 0;
        for (const task of tasks) {
          const mine = Array.isArray(answers) ? answers.slice(cursor, cursor + task.requests.length) : [];
          cursor += task.requests.length;
          const judged = judge(task, mine, answers);
          entry.outcomes.set(label, [...(entry.outcomes.get(label) ?? []), judged.outcome]);
          if (judged.outcome.kind === "unjudged") entry.unjudged ??= `${label}: ${judged.outcome.reason}`;
          if (judged.verdict) entry.verdicts.set(label, judged.verdict);
        }
      }
    }),
  );
  return entries.map((entry) => ({ ...entry, ...signatureOf(entry.outcomes, entry.verdicts) }));
}

/** One task's outcome and verdict; whatever throws while judging it is that task's `unjudged` outcome. */
function judge(task: Task, mine: readonly Answer[], answers: Answer[] | { thrown: string }): { outcome: Outcome; verdict?: "accept" | "reject" } {
  if (!Array.isArray(answers)) return { outcome: outcome("unjudged", `the runner could not ask it: ${answers.thrown}`) };
  try {
    const verdict = task.check === "encode" ? undefined : verdictOf(mine[0]);
    return { outcome: task.judge(mine), ...(verdict ? { verdict } : {}) };
  } catch (error) {
    return { outcome: outcome("unjudged", `the runner could not judge it: ${thrown(error)}`) };
  }
}
