import { rmSync } from "node:fs";
import { join } from "node:path";
import { RunLog } from "@imagegen-conformance/runner";

/** Opens the run log afresh; an earlier run's reproducers and counterexamples go first, so none is taken for this run's. */
export function startLog(directory: string): RunLog {
  rmSync(join(directory, "reproducers"), { recursive: true, force: true });
  rmSync(join(directory, "counterexamples"), { recursive: true, force: true });
  return new RunLog(join(directory, "run.jsonl"));
}
