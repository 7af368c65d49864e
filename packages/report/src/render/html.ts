import { describeCoverage, reproducerPath } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { escapeXml } from "./escape-xml.js";
import { htmlScript } from "./html-script.js";
import { coverageOfReport, describeCases, passRate, verdictOf } from "./verdict.js";

const style = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1b1f24; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: right; }
th { background: #f6f8fa; } th.row { text-align: left; font-weight: normal; font-family: ui-monospace, monospace; }
td.pass, .key.pass { background: #b7e4c7; } td.allowed, .key.allowed { background: #d8eefe; } td.partial, .key.partial { background: #ffe8a3; } td.fail, .key.fail { background: #f4b4b4; } td.none, .key.none { color: #8c959f; text-align: center; }
.key { padding: 1px 6px; border: 1px solid #d0d7de; }
td[data-row] { cursor: pointer; } td[data-row]:hover { outline: 2px solid #0969da; }
.verdict-conformant { color: #116329; font-weight: 600; } .verdict-incomplete { color: #bc4c00; font-weight: 600; }
#incomplete { border: 2px solid #bc4c00; background: #fff1e5; padding: 0.5rem 1rem; } #incomplete li { font-family: ui-monospace, monospace; } .verdict-not { color: #a40e26; font-weight: 600; } .verdict-unavailable { color: #6e7781; }
article.problem { border-left: 4px solid #a40e26; padding: 0 1rem; margin: 1rem 0; }
article.harness-error, article.timeout, article.crashed { border-color: #9a6700; }
dt { font-weight: 600; } dd { margin: 0 0 0.5rem 0; } pre { white-space: pre-wrap; word-break: break-all; background: #f6f8fa; padding: 4px; margin: 0; }
`;
const inputLimit = 4000;
const perCell = 200;

/** JSON that is safe inside a <script> element: no "<", ">" or "&" survives as itself. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

/** The banner of a run with no verdict: what it does not cover, first of all. */
function banner(incomplete: readonly string[]): string {
  if (incomplete.length === 0) return "";
  const shown = incomplete.slice(0, 20).map((line) => `<li>${escapeXml(line)}</li>`);
  const more = incomplete.length > shown.length ? `<li>… and ${incomplete.length - shown.length} more</li>` : "";
  return `<section id="incomplete" role="alert"><strong>Incomplete: this run has no verdict.</strong><ul>${shown.join("")}${more}</ul></section>\n`;
}

/** A self-contained HTML report: the summary, a matrix of implementations × shapes × checks, and a drill-down to every failing case. */
export function renderHtml(data: ReportData): string {
  const rows = [...new Set(data.implementations.flatMap((implementation) => [...implementation.cells.keys()]))].sort();
  const expected = (record: ReportData["problems"][number]) =>
    record.expected === undefined
      ? record.expect
      : record.expected.verdict === "reject"
        ? `reject: breaks ${record.expected.rules.join(", ") || "JSON syntax"}`
        : record.expected.verdict === "implementation-defined"
          ? `implementation-defined: ${record.expected.readings.map((reading) => `${reading.name} → ${reading.verdict}`).join("; ")}`
          : "accept";
  const implementations = data.implementations.map((implementation) => {
    const problems: Record<string, unknown[]> = {};
    const cells: Record<string, { passed: number; ran: number; allowed: number; more?: number }> = {};
    for (const [row, tally] of [...implementation.cells].sort(([left], [right]) => left.localeCompare(right))) cells[row] = passRate(tally);
    for (const problem of data.problems) {
      if (problem.implementation !== implementation.label) continue;
      const row = `${problem.shape} ${problem.check}`;
      const list = problems[row] ?? [];
      problems[row] = list;
      const cell = cells[row];
      if (list.length >= perCell) {
        if (cell) cell.more = (cell.more ?? 0) + 1;
        continue;
      }
      const input =
        problem.input === undefined
          ? undefined
          : problem.input.length > inputLimit
            ? `${problem.input.slice(0, inputLimit)}… (${problem.input.length} characters)`
            : problem.input;
      list.push({
        case: problem.case,
        check: problem.check,
        level: problem.level,
        kind: problem.kind,
        reason: problem.reason,
        expected: expected(problem),
        rules: problem.unenforced?.join(", "),
        input,
        stderr: problem.stderr,
        reproduce: `imagegen-conformance replay ${reproducerPath(implementation.label, problem.check === "encode" ? `${problem.case}@encode` : problem.case)}`,
      });
    }
    return {
      label: implementation.label,
      verdict: verdictOf(implementation),
      coverage: implementation.record.unavailable ? "" : describeCoverage(coverageOfReport(implementation)),
      counts: implementation.counts,
      allowed: implementation.allowed,
      cells,
      problems,
    };
  });
  const summaryRows = implementations
    .map((implementation) => {
      const { passed, ran } = passRate(implementation);
      const kind =
        implementation.verdict === "conformant" || implementation.verdict === "incomplete"
          ? implementation.verdict
          : implementation.verdict.startsWith("unavailable")
            ? "unavailable"
            : "not";
      const errors = ran - passed - implementation.counts.failed;
      return `<tr><th class="row">${escapeXml(implementation.label)}</th><td>${passed}/${ran}</td><td>${implementation.counts.failed}</td><td>${errors}</td><td>${implementation.counts.skipped}</td><td class="verdict-${kind}">${escapeXml(implementation.verdict)}</td><td>${escapeXml(implementation.coverage)}</td></tr>`;
    })
    .join("\n");
  const about = data.header
    ? `${describeCases(data)}, seed ${data.header.seed}, gating on ${data.header.gated.join(", ")}${data.interrupted ? " (interrupted)" : ""}`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>imagegen-conformance report</title><style>${style}</style></head>
<body>
<h1>imagegen-conformance</h1>
<p id="about">${escapeXml(about)}</p>
${banner(data.incomplete)}<table id="summary"><tr><th>implementation</th><th>passed</th><th>failed</th><th>errors</th><th>skipped</th><th>verdict</th><th>coverage</th></tr>
${summaryRows}
</table>
<p id="legend">Each cell: passed / ran. <span class="key pass">all passed</span> <span class="key allowed">all passed, some only as the declared profile allows</span> <span class="key partial">80% or more</span> <span class="key fail">less</span> <span class="key none">skipped: not offered</span>. Click a cell to see its failing cases.</p>
<table id="matrix"></table>
<section id="drilldown"></section>
<script id="report-data" type="application/json">${scriptJson({ implementations, rows })}</script>
<script>${htmlScript}</script>
</body></html>
`;
}
