import type { ReportData } from "../read/report-data.js";
import { matrixSections } from "../view/matrix-sections.js";
import { escapeXml } from "./escape-xml.js";
import { entryColumns } from "./html/entry-columns.js";
import { legendList } from "./html/legend-list.js";
import { matrixData } from "./html/matrix-data.js";
import { matrixFilters } from "./html/matrix-filters.js";
import { matrixTables } from "./html/matrix-tables.js";
import { resultsData, resultsSection } from "./html/results-section.js";
import { scriptJson } from "./html/script-json.js";
import { style } from "./html/style.js";
import { timelineSection } from "./html/timeline-section.js";
import { totalsTable } from "./html/totals-table.js";
import { versionCharts } from "./html/version-charts.js";
import { htmlScript } from "./html-script.js";
import { describeCases } from "./verdict.js";

/** The banner of a run with no verdict: what it does not cover, first of all. */
function banner(incomplete: readonly string[]): string {
  if (incomplete.length === 0) return "";
  const shown = incomplete.slice(0, 20).map((line) => `<li>${escapeXml(line)}</li>`);
  const more = incomplete.length > shown.length ? `<li>… and ${incomplete.length - shown.length} more</li>` : "";
  return `<section id="incomplete" role="alert"><strong>Incomplete: this run has no verdict.</strong><ul>${shown.join("")}${more}</ul></section>\n`;
}

/**
 * A self-contained HTML report, led by what users of each SDK meet: the totals, then the cross-SDK behaviour
 * matrix (filters, a drill-down to each behaviour's example), a chart per SDK across its versions, and last every
 * failing result by shape and check. Nothing is fetched; data reaches the script as inert JSON.
 */
export function renderHtml(data: ReportData): string {
  const columns = entryColumns(data);
  const parts = matrixSections(data);
  const about = data.header
    ? `${describeCases(data)}, seed ${data.header.seed}, gating on ${data.header.gated.join(", ")}${data.interrupted ? " (interrupted)" : ""}`
    : "";
  const json = { matrix: matrixData(parts, columns), results: resultsData(data, columns) };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>imagegen-conformance report</title><style>${style}</style></head>
<body>
<h1>imagegen-conformance</h1>
<p id="about">${escapeXml(about)}</p>
${banner(data.incomplete)}${totalsTable(data)}
<h2 id="behaviours">Behaviours: what each SDK entry does with each rule</h2>
<p>One behaviour per entry, SDK type and rule, its class the most severe its results showed; a cell holds the most severe of the entry's behaviours in the row. Click a cell for its behaviours and an example to reproduce.</p>
${legendList()}
${matrixFilters(columns)}
${matrixTables(parts, columns)}
<section id="drilldown" aria-live="polite"></section>
${versionCharts(data, columns)}
${timelineSection(data)}
${resultsSection}
<script id="report-data" type="application/json">${scriptJson(json)}</script>
<script>${htmlScript}</script>
</body></html>
`;
}
