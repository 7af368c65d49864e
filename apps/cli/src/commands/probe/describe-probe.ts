import { table } from "../../cli/table.js";
import { terminalText } from "../../cli/terminal-text.js";
import { describeNotes } from "../validate/describe-validation.js";
import type { CatalogueVerdict } from "./catalogue-verdict.js";
import type { ProbeEntry } from "./probe-entries.js";

// A reason is the runner's and the harness's words: one line of them keeps the table readable.
const reasonLength = 160;
const firstLine = (text: string) => {
  const line = text.split("\n")[0] ?? "";
  return line.length > reasonLength ? `${line.slice(0, reasonLength - 1)}…` : line;
};

/** The catalogue's own verdict: accept, reject and the rules, or each reading; then where each rule breaks. */
export function describeVerdict(verdict: CatalogueVerdict): string {
  const { expect } = verdict;
  const head =
    expect.verdict === "accept"
      ? "accept"
      : expect.verdict === "reject"
        ? `reject${expect.rules.length > 0 ? `, breaking ${expect.rules.join(", ")}` : ""}`
        : `implementation-defined: ${expect.readings.map((reading) => `reading ${reading.name} ${reading.verdict}s`).join(", ")}`;
  const lines = verdict.broken.map(
    (broken) =>
      `  ${broken.at}: ${broken.message}${broken.rule ? `  [${broken.rule}]` : ""}${broken.finding ? ` (disputed by finding ${broken.finding})` : ""}\n`,
  );
  const source = "corpusCase" in verdict ? ` (as corpus case ${verdict.corpusCase} writes it)` : "";
  return `catalogue: ${head}${source}\n${lines.join("")}${verdict.notes ? describeNotes(verdict.notes) : ""}`;
}

/** One row per check of each entry; an entry that could not be started is one row saying why. */
export function describeEntries(entries: readonly ProbeEntry[]): string {
  const header = ["ENTRY", "CHECK", "OUTCOME", "BEHAVIOUR", "RECEIVED", "BEHAVED", "REASON"];
  const rows = entries.flatMap((entry) =>
    entry.unavailable !== undefined
      ? [[entry.entry, "-", "-", "-", "-", "-", `unavailable: ${firstLine(entry.unavailable)}`]]
      : entry.checks.map((check) => [
          entry.entry,
          check.check,
          check.outcome,
          check.behaviourLabel ?? "-",
          check.received ?? "-",
          check.behaved ?? "-",
          firstLine(check.reason),
        ]),
  );
  return table([header, ...rows]);
}

/** The whole human report of a probe. */
export function describeProbe(where: string, shape: string, verdict: CatalogueVerdict, entries: readonly ProbeEntry[]): string {
  return terminalText(`probe: ${where} as ${shape}\n${describeVerdict(verdict)}\n`, { multiline: true }) + describeEntries(entries);
}
