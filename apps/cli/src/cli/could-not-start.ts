import type { ReportData } from "@imagegen-conformance/report";
import type { Io } from "./command.js";
import { terminalText } from "./terminal-text.js";

/**
 * Says which implementations asked for could not start, and whether any did: a run that measured the rest is no
 * verdict on them, so it must not read as one (a green gate over the entries that happened to start).
 */
export function sayCouldNotStart(io: Io, command: string, data: ReportData): boolean {
  const lost = data.implementations.filter((implementation) => implementation.record.unavailable);
  for (const implementation of lost)
    io.stdout(terminalText(`${command}: could not start ${implementation.label}: ${implementation.record.unavailable}\n`, { multiline: true }));
  return lost.length > 0;
}
