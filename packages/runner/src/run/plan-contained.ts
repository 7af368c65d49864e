import type { Case } from "@imagegen-conformance/fixtures";
import type { Description } from "../implementation/implementation.js";
import { type PlanOptions, planTasks } from "./plan-tasks.js";
import type { Task } from "./task.js";
import { unjudged } from "./unjudged.js";

/** The check a task that could not be planned stands for, read from a case that may be what threw. */
function checkOf(testCase: Case, planned: number): Task["check"] {
  if (planned > 0) return "encode";
  try {
    return testCase.operation === "stream" ? "stream" : "decode";
  } catch {
    return "decode";
  }
}

/**
 * One case's tasks, planned so that nothing it holds can stop the run: a throw while
 * planning becomes an unjudged task in place of the one that could not be planned
 * (planTasks gives a case its decode or stream task first, then an encode task).
 */
export function planCase(testCase: Case, description: Description, options: PlanOptions): Task[] {
  const tasks: Task[] = [];
  try {
    for (const task of planTasks([testCase], description, options)) tasks.push(task);
  } catch (error) {
    const outcome = unjudged("planning", error);
    tasks.push({
      key: tasks.length > 0 ? `${testCase.id}@encode` : testCase.id,
      testCase,
      check: checkOf(testCase, tasks.length),
      requests: [],
      judge: () => outcome,
    });
  }
  return tasks;
}

/** The tasks of many cases, a case at a time, each contained as above. */
export function* planContained(cases: Iterable<Case>, description: Description, options: PlanOptions): Generator<Task> {
  for (const testCase of cases) yield* planCase(testCase, description, options);
}

/** How many tasks a list of cases plans to: counted by planning them, so it can never disagree with the run. */
export function countPlanned(cases: readonly Case[], description: Description, options: PlanOptions): number {
  let count = 0;
  for (const testCase of cases) count += planCase(testCase, description, options).length;
  return count;
}
