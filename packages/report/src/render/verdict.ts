import { type Coverage, coverageOf, describeCoverage, verdictWord } from "@imagegen-conformance/runner";
import { isConformant } from "../read/collect-report.js";
import type { Cell, ImplementationReport, ReportData } from "../read/report-data.js";

/** The one-word verdict of an implementation, as every report states it: an incomplete run is never "conformant". */
export function verdictOf(implementation: ImplementationReport): string {
  return verdictWord({ unavailable: implementation.record.unavailable, incomplete: implementation.incomplete, conformant: isConformant(implementation) });
}

/** What the verdict rests on: checks judged of those met, and the operations its hello did not offer. */
export function coverageOfReport(implementation: ImplementationReport): Coverage {
  return coverageOf(implementation.counts, implementation.record.description?.capabilities.operations, implementation.allowed);
}

/** The verdict with its coverage, for a human: "conformant on 23 of 438 checks judged; decode, encode not offered". */
export function verdictWithCoverage(implementation: ImplementationReport): string {
  const verdict = verdictOf(implementation);
  return implementation.record.unavailable ? verdict : `${verdict} (${describeCoverage(coverageOfReport(implementation))})`;
}

/** What the counts rest on, labelled, as every report says it: "632 corpus cases and 20 fuzz counterexamples". */
export function describeCases(data: Pick<ReportData, "cases" | "counterexamples">): string {
  const corpus = `${data.cases - data.counterexamples} corpus cases`;
  return data.counterexamples === 0 ? corpus : `${corpus} and ${data.counterexamples} fuzz counterexamples`;
}

/** Passed out of the checks that ran (skips left out), and how many of the passes only the profile allowed. */
export function passRate({ counts, allowed }: Cell): { passed: number; ran: number; allowed: number } {
  const ran = Object.entries(counts).reduce((sum, [kind, count]) => (kind === "skipped" ? sum : sum + count), 0);
  return { passed: counts.passed, ran, allowed };
}

/** A cell for a human: "12/14", "skipped", or "12/14 (3 allowed)" where passes rest on the declared profile. */
export function passText(cell: Cell): string {
  const { passed, ran, allowed } = passRate(cell);
  if (ran === 0) return "skipped";
  return `${passed}/${ran}${allowed > 0 ? ` (${allowed} allowed)` : ""}`;
}
