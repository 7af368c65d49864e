import { type Answer, type Connection, type Outcome, planTasks, type Reach, type Task } from "@imagegen-conformance/runner";
import type { FuzzInput } from "./fuzz-input.js";

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
}

function verdictOf(answer: Answer | undefined): "accept" | "reject" | undefined {
  if (answer?.kind !== "result") return undefined;
  const { result } = answer;
  if (result.status === "rejected") return "reject";
  if (result.status !== "ok") return undefined;
  return "fallback" in result && result.fallback === "unknown" ? "reject" : "accept";
}

/** The kind of disagreement an input shows: which implementations fail how, and who accepts what the others reject. */
export function signatureOf(outcomes: Map<string, Outcome[]>, verdicts: Map<string, "accept" | "reject">): { signature: string; failing: string[] } {
  const failing = [...outcomes].flatMap(([label, list]) => {
    const bad = list.find((outcome) => outcome.kind !== "passed" && outcome.kind !== "skipped");
    return bad ? [`${label}:${bad.kind}`] : [];
  });
  const accepting = [...verdicts].filter(([, verdict]) => verdict === "accept").map(([label]) => label);
  const rejecting = [...verdicts].filter(([, verdict]) => verdict === "reject").map(([label]) => label);
  const split = accepting.length > 0 && rejecting.length > 0 ? [`accept:${accepting.sort().join(",")}|reject:${rejecting.sort().join(",")}`] : [];
  return { signature: [...failing.sort(), ...split].join(" "), failing: failing.map((part) => part.slice(0, part.lastIndexOf(":"))) };
}

/** Puts every input to every implementation (in parallel across them, batched within each) and judges the answers. */
export async function judgeInputs(inputs: readonly FuzzInput[], contestants: readonly Contestant[], seed: number, skipEncode = false): Promise<Judged[]> {
  const judged = inputs.map((input) => ({ input, outcomes: new Map<string, Outcome[]>(), verdicts: new Map<string, "accept" | "reject">() }));
  await Promise.all(
    contestants.map(async ({ label, connection }) => {
      const tasks: { task: Task; at: number }[] = [];
      inputs.forEach((input, at) => {
        for (const task of planTasks([input.testCase], connection.description, { seed, randomChunkings: 1, skipEncode })) tasks.push({ task, at });
      });
      const answers = await connection.ask(tasks.flatMap(({ task }) => task.requests));
      let cursor = 0;
      for (const { task, at } of tasks) {
        const mine = answers.slice(cursor, cursor + task.requests.length);
        cursor += task.requests.length;
        const entry = judged[at] as (typeof judged)[number];
        entry.outcomes.set(label, [...(entry.outcomes.get(label) ?? []), task.judge(mine)]);
        const verdict = task.check === "encode" ? undefined : verdictOf(mine[0]);
        if (verdict) entry.verdicts.set(label, verdict);
      }
    }),
  );
  return judged.map((entry) => ({ ...entry, ...signatureOf(entry.outcomes, entry.verdicts) }));
}
