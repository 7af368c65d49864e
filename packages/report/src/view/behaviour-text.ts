import { classCell, classInfo } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { describeCases } from "../render/verdict.js";
import { columnGroups, columnsOf } from "./columns.js";
import { legendEntries, markers } from "./legend.js";
import { matrixSections, ruleText } from "./matrix-sections.js";
import { totalsOf } from "./totals.js";
import { trendLines } from "./trend-text.js";

// Labels and rules come from harnesses and logs: one line each, so a table stays a table (the CLI strips controls).
const oneLine = (text: string) => text.replace(/[\t\n\r]+/g, " ");
const pad = (text: string, width: number) => oneLine(text) + " ".repeat(Math.max(0, width - [...oneLine(text)].length));
const padStart = (text: string, width: number) => " ".repeat(Math.max(0, width - [...text].length)) + text;

/**
 * The console's view of a run: the same totals and matrix as summary.md, as plain text. What breaks users
 * is shown whole; leniency and what every entry gets right are counted, with where to read them.
 */
export function behaviourText(data: ReportData, reports?: string): string {
  const columns = columnsOf(data);
  const numbers = new Map(columns.map((column) => [column.label, column.number]));
  const symbols = legendEntries.map((entry) => classInfo[entry.type].symbol);
  const totals = totalsOf(data);
  const width = Math.max(5, ...totals.map((entry) => [...entry.label].length));
  const lines = [
    `behaviours, from ${describeCases(data)} (one per entry, SDK type and rule):`,
    `  ${legendEntries.map((entry) => entry.label).join(" · ")}`,
    `   # ${pad("entry", width)} ${symbols.map((symbol) => padStart(symbol, 4)).join("")}  gating  harness  results (corpus + fuzz)  verdict`,
  ];
  for (const entry of totals) {
    const counts = legendEntries.map(({ type }) => padStart(String(entry.behaviours[type]), 4)).join("");
    const results = `${entry.results.passed}/${entry.results.ran} passed (${entry.results.corpus} + ${entry.results.fuzz})`;
    lines.push(
      `  ${padStart(String(numbers.get(entry.label) ?? "–"), 2)} ${pad(entry.label, width)} ${counts}  ${padStart(String(entry.gating), 6)}  ${padStart(String(entry.harness), 7)}  ${pad(results, 24)}  ${oneLine(entry.verdict)}`,
    );
  }
  const trend = trendLines(data);
  if (trend.length > 0) lines.push("gating behaviours across versions:", ...trend.map((line) => `  ${oneLine(line)}`));
  for (const { section, title, rows } of matrixSections(data)) {
    if (rows.length === 0) continue;
    if (section !== "breaks") {
      const gating = rows.filter((row) => row.gating).length;
      lines.push(`${title}: ${rows.length} rules, ${gating} with a gating behaviour${reports ? ` (in ${reports}summary.md and report.html)` : ""}`);
      continue;
    }
    lines.push(
      `${title}, ${rows.length} rules (columns are the entries above; ${markers.gating.symbol} gates, ${markers.unmeasured.symbol} some results got no verdict, ${markers.disagree.symbol} ${markers.disagree.meaning}):`,
    );
    const label = Math.max(...rows.map((row) => [...ruleText(row.rule)].length)) + 6;
    for (const group of columnGroups(columns)) {
      lines.push(`  ${pad("", label)}${group.map((column) => pad(String(column.number), 12)).join("")}`);
      let family = "";
      for (const row of rows) {
        if (row.family !== family) lines.push(`  ${row.family}`);
        family = row.family;
        const cells = group.map((column) => {
          const cell = row.cells.get(column.label);
          return pad(
            cell
              ? `${classCell(cell.class)}${cell.gating ? markers.gating.symbol : ""}${cell.unmeasured > 0 ? markers.unmeasured.symbol : ""}`
              : markers.absent.symbol,
            12,
          );
        });
        lines.push(`  ${pad(`  ${row.disagree ? markers.disagree.symbol : " "} ${ruleText(row.rule)}`, label)}${cells.join("").trimEnd()}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}
