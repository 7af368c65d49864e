import { isConformant } from "../read/collect-report.js";
import type { ImplementationReport } from "../read/report-data.js";

/** The one-word verdict of an implementation, as every report states it: an incomplete run is never "conformant". */
export function verdictOf(implementation: ImplementationReport): string {
  if (implementation.record.unavailable) return `unavailable: ${implementation.record.unavailable}`;
  if (implementation.incomplete) return "incomplete";
  return isConformant(implementation) ? "conformant" : "not conformant";
}

/** Passed out of the checks that ran (skips left out). */
export function passRate(counts: ImplementationReport["counts"]): { passed: number; ran: number } {
  const ran = Object.entries(counts).reduce((sum, [kind, count]) => (kind === "skipped" ? sum : sum + count), 0);
  return { passed: counts.passed, ran };
}
