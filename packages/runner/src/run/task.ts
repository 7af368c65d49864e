import type { Case } from "@imagegen-conformance/fixtures";
import type { Answer } from "../harness/connection.js";
import type { Outcome } from "../outcome/outcome.js";
import type { TaskCheck } from "./log-records.js";
import type { Request } from "./request.js";

/** One check of one case against one implementation: what to ask, and how to judge the answers. */
export interface Task {
  /** Unique within one implementation's run: the case id, with `@encode` for encode checks. */
  key: string;
  testCase: Case;
  check: TaskCheck;
  requests: Request[];
  judge(answers: readonly Answer[]): Outcome;
}
