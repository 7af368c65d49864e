import type { Case } from "@imagegen-conformance/fixtures";
import type { Outcome } from "../outcome/outcome.js";
import type { Task } from "../run/task.js";

/** How to reach the implementation again: a harness command (and where to run it), an in-process name, or an SDK harness of the repository by id. */
export type Reach = { harness: string; cwd?: string } | { impl: string } | { sdk: string };

/** Everything needed to put one failing case to one implementation again. */
export interface Reproducer {
  format: "imagegen-conformance/reproducer@1";
  implementation: string;
  reach: Reach;
  check: Task["check"];
  case: Case;
  outcome: Pick<Outcome, "kind" | "reason">;
  seed: number;
}
