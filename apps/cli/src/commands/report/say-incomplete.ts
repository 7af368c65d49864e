import type { ReportData } from "@imagegen-conformance/report";
import type { Io } from "../../cli/command.js";
import { terminalText } from "../../cli/terminal-text.js";

const shown = 5;

/** Says, on stdout beside the verdicts it replaces, that the logs do not cover their run and why: the first few reasons. */
export function sayIncomplete(io: Io, who: string, data: ReportData, consequence: string): void {
  const reasons = data.incomplete.slice(0, shown).map((line) => `${who}:   ${terminalText(line)}\n`);
  const more = data.incomplete.length > shown ? `${who}:   … and ${data.incomplete.length - shown} more\n` : "";
  io.stdout(terminalText(`${who}: incomplete: ${consequence}\n${reasons.join("")}${more}`, { multiline: true }));
}
