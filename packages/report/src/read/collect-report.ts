import type { HeaderRecord, OutcomeKind, ResultRecord } from "@imagegen-conformance/runner";
import { emptyCounts, outcomeKinds } from "@imagegen-conformance/runner";
import { readRunLog } from "./read-run-log.js";
import type { ImplementationReport, ReportData } from "./report-data.js";

const byKey = (left: ResultRecord, right: ResultRecord) =>
  left.implementation.localeCompare(right.implementation) || left.case.localeCompare(right.case) || left.check.localeCompare(right.check);

/**
 * Gathers one run log, or the logs of several shards of one run, into report data.
 * Results are listed whole only up to `listLimit`; counts are always complete.
 */
export async function collectReport(paths: readonly string[], listLimit = 200_000): Promise<ReportData> {
  const implementations = new Map<string, ImplementationReport>();
  const problems: ResultRecord[] = [];
  let results: ResultRecord[] | undefined = [];
  let header: HeaderRecord | undefined;
  let interrupted = false;
  const cases = new Set<string>();
  for (const path of paths) {
    for await (const record of readRunLog(path)) {
      if (record.type === "header") header ??= record;
      else if (record.type === "footer") interrupted ||= record.interrupted;
      else if (record.type === "implementation") {
        if (!implementations.has(record.implementation)) {
          implementations.set(record.implementation, {
            label: record.implementation,
            record,
            counts: emptyCounts(),
            cells: new Map(),
            gatedFailures: 0,
            harnessProblems: 0,
          });
        }
      } else {
        const implementation = implementations.get(record.implementation);
        if (!implementation) continue;
        cases.add(record.case);
        const kind = record.kind as OutcomeKind;
        if (!outcomeKinds.includes(kind)) continue;
        implementation.counts[kind]++;
        const cell = `${record.shape} ${record.check}`;
        const counts = implementation.cells.get(cell) ?? emptyCounts();
        counts[kind]++;
        implementation.cells.set(cell, counts);
        if ((kind === "failed" || kind === "errored") && (header?.gated ?? ["required"]).includes(record.level)) implementation.gatedFailures++;
        if (kind === "harness-error" || kind === "timeout" || kind === "crashed") implementation.harnessProblems++;
        if (kind !== "passed" && kind !== "skipped") problems.push(record);
        if (results && results.length < listLimit) results.push(record);
        else results = undefined;
      }
    }
  }
  return {
    ...(header ? { header } : {}),
    implementations: [...implementations.values()].sort((left, right) => left.label.localeCompare(right.label)),
    problems: problems.sort(byKey),
    ...(results ? { results: results.sort(byKey) } : {}),
    interrupted,
    cases: cases.size,
  };
}

/** Conformant: available, and no gated failure or harness problem. */
export function isConformant(implementation: ImplementationReport): boolean {
  return implementation.record.unavailable === undefined && implementation.gatedFailures === 0 && implementation.harnessProblems === 0;
}
