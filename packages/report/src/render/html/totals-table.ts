import { classInfo, describeCoverage } from "@imagegen-conformance/runner";
import type { ReportData } from "../../read/report-data.js";
import { columnsOf } from "../../view/columns.js";
import { legendEntries } from "../../view/legend.js";
import { totalsOf } from "../../view/totals.js";
import { escapeXml } from "../escape-xml.js";
import { coverageOfReport } from "../verdict.js";

/** The class of a verdict's text: conformant, incomplete, unavailable, or not conformant. */
function verdictKind(verdict: string): string {
  if (verdict === "conformant" || verdict === "incomplete") return verdict;
  return verdict.startsWith("unavailable") ? "unavailable" : "not";
}

/**
 * The totals, one row per entry, with the numbers summary.md and the console show (totalsOf); numbered as the
 * matrix columns are, so this table is also the key to them. Each verdict says what it rests on.
 */
export function totalsTable(data: ReportData): string {
  const numbers = new Map(columnsOf(data).map((column) => [column.label, column.number]));
  const byLabel = new Map(data.implementations.map((implementation) => [implementation.label, implementation]));
  const head = legendEntries
    .map(
      ({ type, label, meaning }) =>
        `<th title="${escapeXml(label)}: ${escapeXml(meaning)}">${classInfo[type].symbol}<br>${escapeXml(classInfo[type].short)}</th>`,
    )
    .join("");
  const rows = totalsOf(data).map((entry) => {
    const implementation = byLabel.get(entry.label);
    const coverage = implementation && !implementation.record.unavailable ? describeCoverage(coverageOfReport(implementation)) : "";
    const counts = legendEntries
      .map(({ type }) => `<td class="${entry.behaviours[type] === 0 ? "zero" : `k-${type}`}">${entry.behaviours[type]}</td>`)
      .join("");
    const results = `${entry.results.passed}/${entry.results.ran} passed (${entry.results.corpus} + ${entry.results.fuzz})`;
    const verdict = `<span class="verdict-${verdictKind(entry.verdict)}">${escapeXml(entry.verdict)}</span>${coverage ? `<span class="coverage">: ${escapeXml(coverage)}</span>` : ""}`;
    return `<tr data-entry="${escapeXml(entry.label)}"><td>${numbers.get(entry.label) ?? "–"}</td><td class="entry mono">${escapeXml(entry.label)}</td>${counts}<td>${entry.gating}</td><td class="${entry.harness === 0 ? "zero" : "harness"}">${entry.harness}</td><td>${results}</td><td class="verdict">${verdict}</td></tr>`;
  });
  return `<table id="totals">
<colgroup><col style="width:2rem"><col style="width:16.5rem">${legendEntries.map(() => '<col style="width:4.2rem">').join("")}<col style="width:3.6rem"><col style="width:4.6rem"><col style="width:8.6rem"><col></colgroup>
<thead><tr><th>#</th><th>entry</th>${head}<th title="behaviours with a failing result at a level the run gates on">gating</th><th title="results the harness or its process spoiled: errors, timeouts, crashes">harness problems</th><th>passed / ran (corpus + fuzz)</th><th>verdict: what it rests on</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}
