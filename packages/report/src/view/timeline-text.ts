import { classLabel } from "@imagegen-conformance/runner";
import { type BehaviourChange, type ClassRun, releaseTimelines } from "./release-timeline.js";

const span = (run: ClassRun) => (run.first === run.last ? run.first : `${run.first}–${run.last}`);

/** `✓ enforces 0.0.1–0.1.0 → ~ lenient from 0.1.1 to 0.11.2 → ✓ enforces from 0.12.0`: oldest first. */
export function runsText(runs: readonly ClassRun[]): string {
  return runs
    .map((run, index) => {
      if (index === 0) return `${classLabel(run.class)} ${span(run)}`;
      const until = index < runs.length - 1 && run.last !== run.first ? ` to ${run.last}` : "";
      return `${classLabel(run.class)} from ${run.first}${until}`;
    })
    .join(" → ");
}

const listed = (names: readonly string[], most: number) =>
  names.length <= most ? names.join(", ") : `${names.slice(0, most).join(", ")} and ${names.length - most} more`;

/** One change as a line: the rule, where it holds, and its classes release by release. */
export const changeText = (change: BehaviourChange): string =>
  `${change.rule} (${listed(change.families, 2)}; ${change.entries.join(", ")}): ${runsText(change.runs)}`;

/** For each SDK run at several releases: which release changed which behaviour, then what could not be measured. */
export function timelineLines(data: Parameters<typeof releaseTimelines>[0]): string[] {
  return releaseTimelines(data).flatMap((timeline) => {
    const range = `${timeline.releases[0]} … ${timeline.releases.at(-1)}`;
    const said =
      timeline.measured < 2
        ? `${timeline.measured} measured: no timeline`
        : timeline.changes.length === 0
          ? `no behaviour changed between the ${timeline.measured} measured`
          : `${timeline.changes.length} behaviours changed between the ${timeline.measured} measured`;
    return [
      `${timeline.sdk}, ${timeline.releases.length} releases (${range}): ${said}`,
      ...timeline.changes.map((change) => `  ${changeText(change)}`),
      ...(timeline.unmeasured.length > 0 ? [`  not measured whole (${timeline.unmeasured.length}):`, ...timeline.unmeasured.map((line) => `    ${line}`)] : []),
    ];
  });
}
