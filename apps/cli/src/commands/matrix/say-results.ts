import { behaviourText, type ReportData } from "@imagegen-conformance/report";
import type { Io } from "../../cli/command.js";
import { terminalText } from "../../cli/terminal-text.js";

/**
 * What the matrix prints once the reports are written: the same totals and behaviour matrix as summary.md and
 * report.html, from the same log (corpus and fuzz labelled), and where the reports are.
 */
export function sayResults(io: Io, data: ReportData, directory: string): void {
  io.stdout(terminalText(behaviourText(data, `${directory}/`), { multiline: true }));
  io.stdout(`reports: ${directory}/ (report.html, junit.xml, summary.md, summary.json, badges/, run.jsonl, reproducers/, counterexamples/)\n`);
}
