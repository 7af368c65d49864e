import {
  BehaviourTally,
  blameOf,
  emptyCounts,
  isHarnessProblem,
  isImplementationFailure,
  isProblem,
  type OutcomeKind,
  ProfileTally,
  profileMismatches,
  type ResultRecord,
} from "@imagegen-conformance/runner";
import { Coverage } from "./coverage.js";
import { readRunLog } from "./read-run-log.js";
import type { ImplementationReport, ReportData } from "./report-data.js";

const byKey = (left: ResultRecord, right: ResultRecord) =>
  left.implementation.localeCompare(right.implementation, "en") || left.case.localeCompare(right.case, "en") || left.check.localeCompare(right.check, "en");

export interface CollectOptions {
  /** The logs are the shards of one run: check that they cover it exactly once. Default false. */
  merge?: boolean;
  /** Results are listed whole only up to this many; counts are always complete. Default 200,000. */
  listLimit?: number;
}

/**
 * Gathers one run log, or the logs of several shards of one run, into report data, and says
 * what they leave uncovered: a report of an incomplete run says so, never "conformant".
 */
export async function collectReport(paths: readonly string[], options: CollectOptions = {}): Promise<ReportData> {
  const listLimit = options.listLimit ?? 200_000;
  const implementations = new Map<string, ImplementationReport>();
  const problems: ResultRecord[] = [];
  let results: ResultRecord[] | undefined = [];
  let header: ReportData["header"];
  let interrupted = false;
  const cases = new Set<string>();
  const counterexamples = new Set<string>();
  const coverage = new Coverage();
  const profiles = new Map<string, ProfileTally>();
  const profiled = new Set<string>();
  let behaviours: BehaviourTally | undefined;
  for (const path of paths) {
    coverage.start(path);
    for await (const record of readRunLog(path)) {
      coverage.add(record);
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
            incomplete: false,
            allowed: 0,
            fuzz: 0,
          });
        }
      } else take(record);
    }
  }
  // Logs of shards carry no profile findings (each saw only its cases): measured here, over them all, as the whole run would.
  for (const [label, implementation] of implementations) {
    const tally = profiles.get(label);
    const declared = implementation.record.description?.profile;
    if (tally) implementation.measured = tally.measured();
    if (!tally || !declared || profiled.has(label)) continue;
    for (const mismatch of profileMismatches(declared, tally.measured()))
      take({
        type: "result",
        implementation: label,
        case: `profile/${mismatch.dimension}`,
        check: "profile",
        shape: "harness",
        level: "required",
        expect: "accept",
        kind: "harness-error",
        reason: mismatch.says,
      });
  }
  function take(record: ResultRecord): void {
    const implementation = implementations.get(record.implementation);
    if (!implementation) return;
    if (record.check === "profile") profiled.add(record.implementation);
    const tally = profiles.get(record.implementation) ?? new ProfileTally();
    tally.add(record.case, record.observed);
    profiles.set(record.implementation, tally);
    cases.add(record.case);
    behaviours ??= new BehaviourTally(header?.gated ?? ["required"]);
    behaviours.add(record, implementation.record.description);
    if (record.check === "fuzz") {
      counterexamples.add(record.case);
      implementation.fuzz++;
    }
    const allowed = record.kind === "passed" && record.fidelity === "allowed";
    if (allowed) implementation.allowed++;
    const { kind } = record;
    implementation.counts[kind]++;
    const cell = `${record.shape} ${record.check}`;
    const shown = implementation.cells.get(cell) ?? { counts: emptyCounts(), allowed: 0 };
    shown.counts[kind]++;
    if (allowed) shown.allowed++;
    implementation.cells.set(cell, shown);
    if (isImplementationFailure(kind) && (header?.gated ?? ["required"]).includes(record.level)) implementation.gatedFailures++;
    if (isHarnessProblem(kind)) implementation.harnessProblems++;
    if (isProblem(kind)) problems.push(record);
    if (results && results.length < listLimit) results.push(record);
    else results = undefined;
  }
  const gaps = coverage.gaps(options.merge ?? false);
  const sorted = [...implementations.values()].sort((left, right) => left.label.localeCompare(right.label, "en"));
  for (const implementation of sorted) {
    const unjudged = Object.entries(implementation.counts).reduce((sum, [kind, count]) => (blameOf(kind as OutcomeKind) === "runner" ? sum + count : sum), 0);
    if (unjudged > 0) gaps.lines.push(`${implementation.label}: ${unjudged} outcome${unjudged === 1 ? "" : "s"} the runner could not judge`);
    implementation.incomplete = unjudged > 0 || gaps.implementations.has(implementation.label);
  }
  return {
    ...(header ? { header } : {}),
    implementations: sorted,
    problems: problems.sort(byKey),
    ...(results ? { results: results.sort(byKey) } : {}),
    interrupted,
    incomplete: gaps.lines,
    cases: cases.size,
    counterexamples: counterexamples.size,
    behaviours: behaviours?.behaviours() ?? [],
  };
}

/** Conformant: available, complete, and no gated failure or harness problem. */
export function isConformant(implementation: ImplementationReport): boolean {
  return (
    implementation.record.unavailable === undefined && !implementation.incomplete && implementation.gatedFailures === 0 && implementation.harnessProblems === 0
  );
}
