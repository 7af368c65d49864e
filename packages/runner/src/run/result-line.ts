import { testedRules } from "@imagegen-conformance/fixtures";
import { isProblem, type Outcome } from "../outcome/outcome.js";
import type { ResultRecord } from "./log-records.js";
import type { Task } from "./task.js";

// Every line of a run names one of a few implementations: their JSON is written once.
let lastLabel: [string, string] = ["", '""'];
const quoted = (label: string) => {
  if (lastLabel[0] !== label) lastLabel = [label, JSON.stringify(label)];
  return lastLabel[1];
};

/**
 * One result as a line of the run log. The outcome is already bounded (bounded-text.ts).
 * Problems carry their input and expectation, so reports and reproducers need nothing but the log.
 * `ms` is the task's time in the implementation (taskTime in settle-task.ts), when it was measured.
 */
export function resultLine(label: string, task: Task, outcome: Outcome, ms?: number): string {
  const { testCase } = task;
  if (!isProblem(outcome.kind)) {
    // The common line, written by hand: the same JSON as below without an object built per case.
    return `{"type":"result","implementation":${quoted(label)},"case":${JSON.stringify(testCase.id)},"check":"${task.check}","shape":${JSON.stringify(testCase.shape)},"level":"${testCase.level}","expect":"${testCase.expect.verdict}","tests":${JSON.stringify(testedRules(testCase))},${ms === undefined ? "" : `"ms":${ms},`}${JSON.stringify(outcome).slice(1)}`;
  }
  const record: ResultRecord = {
    type: "result",
    implementation: label,
    case: testCase.id,
    check: task.check,
    shape: testCase.shape,
    level: testCase.level,
    expect: testCase.expect.verdict,
    tests: testedRules(testCase),
    ...(ms === undefined ? {} : { ms }),
    ...outcome,
    input: testCase.input,
    expected: testCase.expect,
  };
  return JSON.stringify(record);
}
