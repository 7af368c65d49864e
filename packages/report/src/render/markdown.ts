import { outcomeKinds } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { behaviourMarkdown } from "../view/behaviour-markdown.js";
import { cellText } from "./cell-text.js";
import { profileTable } from "./profile-table.js";
import { describeCases, verdictWithCoverage } from "./verdict.js";

/** A Markdown summary small enough for a GitHub step summary: the behaviour matrix, the outcome counts, the first failures. */
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
  // The behaviours lead: which SDK does what with each rule. The outcome counts below are the same results, by outcome.
  lines.push(...behaviourMarkdown(data), "", "## Results by outcome", "");
  lines.push(`| implementation | ${outcomeKinds.join(" | ")} | verdict |`, `|---|${outcomeKinds.map(() => "---:").join("|")}|---|`);
  for (const implementation of data.implementations) {
    lines.push(
      `| ${cellText(implementation.label)} | ${outcomeKinds.map((kind) => implementation.counts[kind]).join(" | ")} | ${cellText(verdictWithCoverage(implementation))} |`,
    );
  }
  lines.push(...profileTable(data.implementations));
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
