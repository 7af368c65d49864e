import { outcomeKinds } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { passRate, verdictWithCoverage } from "./verdict.js";

const cellText = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");

const dimensions = ["unknown_fields", "null_vs_absent", "enums", "numbers", "key_casing"] as const;

/** Declared and measured profile per entry: "drop · measured drop (2)"; a dimension no case exercised says "not measured". */
function profileTable(data: ReportData): string[] {
  const described = data.implementations.filter((implementation) => implementation.record.description);
  if (described.length === 0) return [];
  const lines = ["", "## Profiles: declared · measured (cases)", "", `| entry | ${dimensions.join(" | ")} |`, `|---|${dimensions.map(() => "---").join("|")}|`];
  for (const implementation of described) {
    const cells = dimensions.map((dimension) => {
      const declared = implementation.record.description?.profile[dimension];
      const measured = implementation.measured?.[dimension];
      const counts = measured
        ? Object.entries(measured.counts)
            .map(([value, count]) => `${value} ${count}`)
            .join(", ")
        : "";
      return `${declared} · ${measured ? `measured ${measured.value} (${counts})` : "not measured"}`;
    });
    lines.push(`| ${cellText(implementation.label)} | ${cells.map(cellText).join(" | ")} |`);
  }
  return lines;
}

/** A Markdown summary small enough for a GitHub step summary: the table, the matrix, the first failures. */
export function renderMarkdown(data: ReportData, firstFailures = 10): string {
  const lines = ["# imagegen-conformance", ""];
  if (data.header)
    lines.push(`${data.cases} cases, seed ${data.header.seed}, gating on ${data.header.gated.join(", ")}${data.interrupted ? " — **interrupted**" : ""}`, "");
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
  lines.push(...profileTable(data));
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
        const counts = implementation.cells.get(cell);
        if (!counts) return "–";
        const { passed, ran } = passRate(counts);
        return ran === 0 ? "skipped" : `${passed}/${ran}${passed === ran ? "" : " ✗"}`;
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
