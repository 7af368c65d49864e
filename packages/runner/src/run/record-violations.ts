import { boundText } from "./bounded-text.js";
import type { ResultRecord } from "./log-records.js";
import type { Settling } from "./settle-task.js";
import { tally } from "./summary.js";

/**
 * Protocol violations no case could carry (a second answer, a line after the last results), read
 * after the harness stopped: each is a harness error of its own, so the harness is not conformant and reports show it.
 */
export function recordViolations(
  violations: readonly string[],
  context: Settling,
  check: "protocol" | "profile" = "protocol",
  cases?: readonly string[],
): void {
  violations.forEach((violation, index) => {
    const record: ResultRecord = {
      type: "result",
      implementation: context.label,
      case: cases?.[index] ?? `protocol/violation-${index + 1}`,
      check,
      shape: "harness",
      level: "required",
      expect: "accept",
      kind: "harness-error",
      reason: boundText(String(violation)),
    };
    tally(context.summary, record.kind, record.level, context.gated);
    context.log?.bufferResult(JSON.stringify(record));
  });
}
