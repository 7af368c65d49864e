import type { Level } from "@imagegen-conformance/fixtures";
import { type HeldTarget, type RunLog, type RunSummary, recordViolations } from "@imagegen-conformance/runner";

/**
 * What a harness kept running for the campaign showed only when it was stopped (a line written on `stop`): the
 * corpus would have recorded it when it stopped the harness, so it is recorded now, as the corpus's, under the same
 * names (`protocol/violation-<n>`, numbered on from what the corpus recorded) and in the corpus's counts.
 */
export function recordLateViolations(held: readonly HeldTarget[], summary: RunSummary, log: RunLog, gated: readonly Level[], seed: number): void {
  held.forEach((target, index) => {
    const implementation = summary.implementations[index];
    const late = target.late;
    if (!late || !implementation) return;
    const names = late.violations.map((_, offset) => `protocol/violation-${late.seen + offset + 1}`);
    recordViolations(late.violations, { label: implementation.label, reach: target.reach, summary: implementation, gated, seed, log }, "protocol", names);
  });
  log.flush();
}
