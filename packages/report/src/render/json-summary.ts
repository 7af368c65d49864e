import type { ImplementationReport, ReportData } from "../read/report-data.js";
import { coverageOfReport, verdictOf } from "./verdict.js";

/** Each measured dimension's setting ("mixed" where cases differ) with how many cases showed each, in a stable order. */
export const measuredValues = (measured: ImplementationReport["measured"]) =>
  Object.fromEntries(
    Object.entries(measured ?? {})
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([dimension, measurement]) => [dimension, { value: measurement.value, counts: measurement.counts }]),
  );

/** The machine-readable summary: per implementation, its counts overall and per shape and check, and its verdict. */
export function renderJsonSummary(data: ReportData): string {
  const summary = {
    seed: data.header?.seed,
    cases: data.cases,
    counterexamples: data.counterexamples,
    gated: data.header?.gated,
    interrupted: data.interrupted,
    complete: data.incomplete.length === 0,
    incomplete: data.incomplete,
    implementations: data.implementations.map((implementation) => ({
      label: implementation.label,
      ...(implementation.record.description
        ? {
            name: implementation.record.description.name,
            version: implementation.record.description.version,
            language: implementation.record.description.language,
          }
        : {}),
      verdict: verdictOf(implementation),
      coverage: coverageOfReport(implementation),
      ...(implementation.record.description
        ? { profile: { declared: implementation.record.description.profile, measured: measuredValues(implementation.measured) } }
        : {}),
      counts: implementation.counts,
      // Each cell's outcome counts, and how many of its passes only the declared profile allowed.
      cells: Object.fromEntries([...implementation.cells].sort(([left], [right]) => left.localeCompare(right))),
    })),
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}
