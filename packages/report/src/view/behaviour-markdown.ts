import { classCell, type MatrixRow } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { cellText } from "../render/cell-text.js";
import { describeCases } from "../render/verdict.js";
import { type Column, columnGroups, columnsOf } from "./columns.js";
import { legendEntries, markers } from "./legend.js";
import { matrixSections, ruleText } from "./matrix-sections.js";
import { releaseTimelines } from "./release-timeline.js";
import { changeText } from "./timeline-text.js";
import { totalsOf } from "./totals.js";
import { trendLines } from "./trend-text.js";

/** The behaviour matrix in Markdown, sized for GitHub: the totals, then each part of the matrix in tables of at most eight entries. */
export function behaviourMarkdown(data: ReportData): string[] {
  const columns = columnsOf(data);
  if (columns.length === 0) return [];
  const lines = [
    "## Behaviours: what each SDK entry does with each rule",
    "",
    `From ${describeCases(data)}; one behaviour per entry, SDK type and rule, its class the most severe its results showed.`,
    "",
    ...legendEntries.map((entry) => `- ${entry.label}: ${entry.meaning}`),
    `- **bold**: ${markers.gating.meaning}; ${markers.unmeasured.symbol}: ${markers.unmeasured.meaning}; ${markers.disagree.symbol}: ${markers.disagree.meaning}; ${markers.absent.symbol}: ${markers.absent.meaning}`,
    "",
    ...totalsMarkdown(data),
  ];
  const trend = trendLines(data);
  if (trend.length > 0) lines.push("", "### Gating behaviours across versions", "", ...trend.map((line) => `- ${cellText(line)}`));
  for (const timeline of releaseTimelines(data)) {
    lines.push(
      "",
      `### What changed between releases of ${cellText(timeline.sdk)}: ${timeline.changes.length} behaviours, ${timeline.releases.length} releases`,
      "",
    );
    lines.push(
      ...(timeline.changes.length > 0
        ? timeline.changes.map((change) => `- ${cellText(changeText(change))}`)
        : ["No behaviour changed between these releases."]),
    );
    if (timeline.unmeasured.length > 0) lines.push("", `Not measured whole: ${timeline.unmeasured.map(cellText).join("; ")}`);
  }
  for (const { title, rows, section } of matrixSections(data)) {
    if (rows.length === 0) continue;
    if (section === "conforms") {
      lines.push("", `### ${title}: ${rows.length} rules`, "", rows.map((row) => `${cellText(row.family)} · \`${cellText(ruleText(row.rule))}\``).join("; "));
      continue;
    }
    lines.push("", `### ${title}: ${rows.length} rules`);
    for (const group of columnGroups(columns)) lines.push("", ...rowsTable(rows, group));
  }
  return lines;
}

function totalsMarkdown(data: ReportData): string[] {
  const header = legendEntries.map((entry) => entry.label.split(" ")[0]);
  const lines = [
    `| # | entry | ${header.join(" | ")} | gating | harness problems | results (corpus + fuzz) | verdict |`,
    `|---:|---|${header.map(() => "---:").join("|")}|---:|---:|---|---|`,
  ];
  const numbers = new Map(columnsOf(data).map((column) => [column.label, column.number]));
  for (const entry of totalsOf(data)) {
    const counts = legendEntries.map(({ type }) => entry.behaviours[type]);
    const results = `${entry.results.passed}/${entry.results.ran} passed (${entry.results.corpus} + ${entry.results.fuzz})`;
    lines.push(
      `| ${numbers.get(entry.label) ?? "–"} | ${cellText(entry.label)} | ${counts.join(" | ")} | ${entry.gating} | ${entry.harness} | ${results} | ${cellText(entry.verdict)} |`,
    );
  }
  return lines;
}

function rowsTable(rows: readonly MatrixRow[], group: readonly Column[]): string[] {
  const lines = [`| family | rule | ${group.map((column) => `${column.number}`).join(" | ")} |`, `|---|---|${group.map(() => "---").join("|")}|`];
  let family = "";
  for (const row of rows) {
    const cells = group.map((column) => {
      const cell = row.cells.get(column.label);
      if (!cell) return markers.absent.symbol;
      const text = `${classCell(cell.class)}${cell.unmeasured > 0 ? ` ${markers.unmeasured.symbol}` : ""}`;
      return cell.gating ? `**${text}**` : text;
    });
    const rule = `${row.disagree ? `${markers.disagree.symbol} ` : ""}\`${cellText(ruleText(row.rule))}\``;
    lines.push(`| ${row.family === family ? "" : cellText(row.family)} | ${rule} | ${cells.join(" | ")} |`);
    family = row.family;
  }
  return lines;
}
