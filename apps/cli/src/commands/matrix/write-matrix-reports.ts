import { type Baseline, evaluateGate, type GateVerdict } from "@imagegen-conformance/gate";
import { collectReport, type ReportData, renderMarkdown, writeReportFiles } from "@imagegen-conformance/report";
import { appendStepSummary } from "../../cli/github-actions.js";
import { gateResults, knownFailures, today } from "../baseline/gate-results.js";

/** Reads the run log back, judges it against the baseline (if any) and writes every report from it. */
export async function writeMatrixReports(
  directory: string,
  log: string,
  gate: Baseline | undefined,
): Promise<{ data: ReportData; verdict: GateVerdict | undefined }> {
  const data = await collectReport([log], { listLimit: Number.POSITIVE_INFINITY });
  // Judged before the reports are written, so JUnit skips the failures the baseline expects, as the gate does.
  const verdict = gate ? evaluateGate(gateResults(data), gate, today()) : undefined;
  writeReportFiles(directory, data, verdict ? knownFailures(verdict) : undefined);
  // In a GitHub Actions job, the summary also goes to the job's page.
  appendStepSummary(renderMarkdown(data));
  return { data, verdict };
}
