import type { ReportData } from "../read/report-data.js";
import { coverageOfReport, verdictOf } from "./verdict.js";

/** The machine-readable summary: per implementation, its counts overall and per shape and check, and its verdict. */
export function renderJsonSummary(data: ReportData): string {
  const summary = {
    seed: data.header?.seed,
    cases: data.cases,
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
      counts: implementation.counts,
      cells: Object.fromEntries([...implementation.cells].sort(([left], [right]) => left.localeCompare(right))),
    })),
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}
