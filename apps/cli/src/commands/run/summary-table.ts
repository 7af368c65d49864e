import { coverageOf, describeCoverage, type ImplementationSummary, outcomeKinds, verdictWord } from "@imagegen-conformance/runner";
import { table } from "../../cli/table.js";

/**
 * The closing table: one row per implementation, a column per outcome, the verdict and what it rests on;
 * table() makes the harness-supplied labels and reasons safe to print.
 */
export function summaryTable(implementations: readonly ImplementationSummary[]): string {
  const header = ["IMPLEMENTATION", ...outcomeKinds.map((kind) => kind.toUpperCase()), "VERDICT", "COVERAGE"];
  const rows = implementations.map((implementation) => [
    implementation.label,
    ...outcomeKinds.map((kind) => (implementation.unavailable ? "-" : String(implementation.counts[kind]))),
    verdictWord(implementation),
    implementation.unavailable
      ? "-"
      : describeCoverage(coverageOf(implementation.counts, implementation.description?.capabilities.operations, implementation.allowed)),
  ]);
  return table([header, ...rows]);
}
