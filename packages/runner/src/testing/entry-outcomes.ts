import type { Case } from "@imagegen-conformance/fixtures";
import type { Outcome } from "../outcome/outcome.js";
import { runConformance } from "../run/run-conformance.js";
import { harness } from "../run/target.js";

/** Each case's outcome at one harness entry, run as the matrix runs it: what an acceptance test holds a direct call to. */
export async function entryOutcomes(command: string, cwd: string, cases: readonly Case[]): Promise<Map<string, Outcome>> {
  const found = new Map<string, Outcome>();
  await runConformance({
    targets: [harness({ command, cwd })],
    cases: [...cases],
    seed: 1,
    onOutcome: (_label, task, outcome) => found.set(task.testCase.id, outcome),
  });
  return found;
}
