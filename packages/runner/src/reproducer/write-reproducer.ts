import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Outcome } from "../outcome/outcome.js";
import type { Task } from "../run/task.js";
import type { Reach, Reproducer } from "./reproducer.js";
import { reproducerPath } from "./reproducer-path.js";

/** Writes the reproducer of one failure under the report directory; returns its path. */
export function writeReproducer(directory: string, implementation: string, reach: Reach, task: Task, outcome: Outcome, seed: number): string {
  const path = join(directory, reproducerPath(implementation, task.key));
  const reproducer: Reproducer = {
    format: "imagegen-conformance/reproducer@1",
    implementation,
    reach,
    check: task.check,
    case: task.testCase,
    outcome: { kind: outcome.kind, reason: outcome.reason },
    seed,
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(reproducer, null, 2)}\n`);
  return path;
}
