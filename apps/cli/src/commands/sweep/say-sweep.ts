import { type ReportData, timelineLines } from "@imagegen-conformance/report";
import type { Io } from "../../cli/command.js";
import { terminalText } from "../../cli/terminal-text.js";

/** What a sweep prints once the reports are written: each row (available, or why not), the timeline, where the reports are. */
export function saySweep(io: Io, data: ReportData, directory: string): void {
  const rows = data.implementations.filter((implementation) => implementation.label !== "reference");
  const available = rows.filter((implementation) => !implementation.record.unavailable);
  const lines = [`sweep: ${rows.length} rows, ${available.length} available:`];
  for (const implementation of rows)
    lines.push(
      `  ${implementation.label}: ${implementation.record.unavailable ? `unavailable: ${implementation.record.unavailable}` : implementation.incomplete ? "incomplete" : "available"}`,
    );
  const timeline = timelineLines(data);
  lines.push(...(timeline.length > 0 ? timeline : ["one release measured: no timeline (sweep at least two)"]));
  io.stdout(terminalText(`${lines.join("\n")}\n`, { multiline: true }));
  io.stdout(`reports: ${directory}/ (report.html, summary.md, summary.json, junit.xml, run.jsonl)\n`);
}
