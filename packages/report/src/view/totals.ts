import { type BehaviourClass, classCounts, isImplementationFailure, outcomeKinds } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { verdictOf } from "../render/verdict.js";

/** One entry's totals, the same in every report and on the console: results, and behaviours by class. */
export interface EntryTotals {
  label: string;
  verdict: string;
  /** Results from the corpus and from fuzz counterexamples; `ran` leaves skips out. */
  results: { corpus: number; fuzz: number; ran: number; passed: number; failed: number };
  behaviours: Record<BehaviourClass, number>;
  /** Behaviours with a failing result at a level that gates. */
  gating: number;
  /** Results the harness or its process spoiled (errors, timeouts, crashes): no verdict on the SDK, and never conformant. */
  harness: number;
}

export function totalsOf(data: ReportData): EntryTotals[] {
  return data.implementations.map((implementation) => {
    const behaviours = data.behaviours.filter((behaviour) => behaviour.entry === implementation.label);
    const all = outcomeKinds.reduce((sum, kind) => sum + implementation.counts[kind], 0);
    const failed = outcomeKinds.reduce((sum, kind) => (isImplementationFailure(kind) ? sum + implementation.counts[kind] : sum), 0);
    return {
      label: implementation.label,
      verdict: verdictOf(implementation),
      results: {
        corpus: all - implementation.fuzz,
        fuzz: implementation.fuzz,
        ran: all - implementation.counts.skipped,
        passed: implementation.counts.passed,
        failed,
      },
      behaviours: classCounts(behaviours),
      gating: behaviours.filter((behaviour) => behaviour.gating).length,
      harness: implementation.harnessProblems,
    };
  });
}
