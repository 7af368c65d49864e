import { outcomeKinds } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { cellText } from "./cell-text.js";
import { profileTable } from "./profile-table.js";
import { describeCases, passRate, passText, verdictWithCoverage } from "./verdict.js";

/** A Markdown summary small enough for a GitHub step summary: the table, the matrix, the first failures. */
export function renderMarkdown(data: ReportData, firstFailures = 10): string {
  const lines = ["# imagegen-conformance", ""];
  if (data.header)
    lines.push(
      `${describeCases(data)}, seed ${data.header.seed}, gating on ${data.header.gated.join(", ")}${data.interrupted ? " — **interrupted**" : ""}`,
      "",
    );
  if (data.incomplete.length > 0) {
    // Before anything else: no verdict below stands for the whole run.
    lines.push("## ⚠ Incomplete: this run has no verdict", "", ...data.incomplete.slice(0, firstFailures).map((line) => `- ${cellText(line)}`));
    if (data.incomplete.length > firstFailures) lines.push(`- … and ${data.incomplete.length - firstFailures} more`);
    lines.push("");
  }
  lines.push(`| implementation | ${outcomeKinds.join(" | ")} | verdict |`, `|---|${outcomeKinds.map(() => "---:").join("|")}|---|`);
  for (const implementation of data.implementations) {
    lines.push(
      `| ${cellText(implementation.label)} | ${outcomeKinds.map((kind) => implementation.counts[kind]).join(" | ")} | ${cellText(verdictWithCoverage(implementation))} |`,
    );
  }
  lines.push(...profileTable(data.implementations));
  const cells = [...new Set(data.implementations.flatMap((implementation) => [...implementation.cells.keys()]))].sort();
  if (cells.length > 0) {
    lines.push(
      "",
      "## Matrix (passed / ran)",
      "",
      `| shape · check | ${data.implementations.map((implementation) => cellText(implementation.label)).join(" | ")} |`,
      `|---|${data.implementations.map(() => "---:").join("|")}|`,
    );
    for (const cell of cells) {
      const row = data.implementations.map((implementation) => {
        const tally = implementation.cells.get(cell);
        if (!tally) return "–";
        const { passed, ran } = passRate(tally);
        return `${passText(tally)}${passed === ran ? "" : " ✗"}`;
      });
      lines.push(`| ${cell.replace(" ", " · ")} | ${row.join(" | ")} |`);
    }
  }
  for (const implementation of data.implementations) {
    const problems = data.problems.filter((problem) => problem.implementation === implementation.label);
    if (problems.length === 0) continue;
    lines.push(
      "",
      `## ${cellText(implementation.label)}: first ${Math.min(firstFailures, problems.length)} of ${problems.length} problems`,
      "",
      "| case | level | outcome | reason |",
      "|---|---|---|---|",
    );
    for (const problem of problems.slice(0, firstFailures))
      lines.push(
        `| \`${cellText(problem.case)}\`${problem.check === "decode" ? "" : ` (${problem.check})`} | ${problem.level} | ${problem.kind} | ${cellText(problem.reason).slice(0, 200)} |`,
      );
  }
  return `${lines.join("\n")}\n`;
}
