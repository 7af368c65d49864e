import { classLabel, severity } from "@imagegen-conformance/runner";
import type { ImplementationReport, ReportData } from "../read/report-data.js";
import { ruleText } from "../view/matrix-sections.js";
import { cellText } from "./cell-text.js";
import { inlineCode as code } from "./inline-code.js";
import { profileTable } from "./profile-table.js";
import { passRate, verdictWithCoverage } from "./verdict.js";

export interface HarnessReadmeOptions {
  /** The command that writes these sections, and the day it ran. */
  generatedBy: string;
  date: string;
  /** The registry id that selects an entry (`--sdk <id>`), by label. */
  idOf(label: string): string;
  /** Where the findings document is, relative to the README. */
  findings: string;
  /** Inputs the fuzz campaign generated: its results are counted with the corpus's. */
  fuzzInputs: number;
  /** Divergences listed per entry; the rest are counted, and are all in the findings. */
  perEntry?: number;
}

/** Which SDK type each entry reads each catalogue shape as, from the entries' hello: a row per shape any of them declares. */
function shapesTable(entries: readonly ImplementationReport[]): string[] {
  const declared = (entry: ImplementationReport) => entry.record.description?.capabilities.shapes ?? {};
  const shapes = [...new Set(entries.flatMap((entry) => Object.keys(declared(entry))))].sort();
  if (shapes.length === 0) return ["No entry declares a shape to decode: items are not checked here."];
  return [
    `| catalogue shape | ${entries.map((entry) => cellText(entry.label)).join(" | ")} |`,
    `|---|${entries.map(() => "---").join("|")}|`,
    ...shapes.map((shape) => `| ${code(shape)} | ${entries.map((entry) => (declared(entry)[shape] ? code(declared(entry)[shape] ?? "") : "—")).join(" | ")} |`),
  ];
}

/**
 * A harness README's two generated sections, from its entries' hello and the last run: what each entry covers
 * (what it calls, its operations, the SDK type of each shape) and what its results mean (verdict, coverage,
 * profiles, the largest divergences). Written by a command, so the README never states SDK behaviour by hand.
 */
export function renderHarnessSections(data: ReportData, entries: readonly ImplementationReport[], options: HarnessReadmeOptions): string {
  const perEntry = options.perEntry ?? 5;
  const gated = data.header?.gated ?? ["required"];
  const lines = [
    "## What it covers",
    "",
    `Generated ${options.date} by ${code(options.generatedBy)} from each entry's \`hello\` and a run of ${data.header?.cases ?? data.cases} corpus cases and ${options.fuzzInputs} fuzz inputs (seed ${data.header?.seed ?? "?"}); the counts below are of both. Do not edit this section or the next by hand: regenerate them.`,
    "",
    "| entry | `--sdk` | kind | operations | what it calls |",
    "|---|---|---|---|---|",
  ];
  for (const entry of entries) {
    const description = entry.record.description;
    lines.push(
      description
        ? `| ${cellText(entry.label)} | ${code(options.idOf(entry.label))} | ${description.entry.kind} | ${description.capabilities.operations.join(", ")} | ${cellText(description.entry.calls)} |`
        : `| ${cellText(entry.label)} | ${code(options.idOf(entry.label))} | — | — | unavailable: ${cellText(entry.record.unavailable ?? "no hello")} |`,
    );
  }
  lines.push(
    "",
    "Each shape an entry decodes, as the SDK type it reads it as (`capabilities.shapes`); entries with the `stream` operation read every corpus stream.",
    "",
    ...shapesTable(entries),
    "",
    "## What the results mean",
    "",
    `An entry is *conformant* when no check at a gating level (${gated.join(", ")}) failed and its harness had no problems; failures at other levels are listed but do not gate. Coverage says what the verdict rests on. Every divergence, with a command that reproduces it, is in [the findings](${options.findings}).`,
    "",
    "| entry | verdict | passed / ran | failed (gating) | failed (other levels) | harness problems |",
    "|---|---|---:|---:|---:|---:|",
  );
  for (const entry of entries) {
    const { passed, ran } = passRate(entry);
    const failed = entry.counts.failed + entry.counts.errored;
    lines.push(
      `| ${cellText(entry.label)} | ${cellText(verdictWithCoverage(entry))} | ${passed}/${ran} | ${entry.gatedFailures} | ${failed - entry.gatedFailures} | ${entry.harnessProblems} |`,
    );
  }
  lines.push(...profileTable(entries, "###"));
  for (const entry of entries) {
    const behaviours = data.behaviours
      .filter((behaviour) => behaviour.entry === entry.label && behaviour.class !== "enforces")
      .sort(
        (a, b) =>
          severity(a.class) - severity(b.class) || Number(b.gating) - Number(a.gating) || `${a.family} ${a.rule}`.localeCompare(`${b.family} ${b.rule}`, "en"),
      );
    if (behaviours.length === 0) continue;
    lines.push("", `### ${cellText(entry.label)}: the most severe of ${behaviours.length} behaviours other than enforcing`, "");
    for (const behaviour of behaviours.slice(0, perEntry))
      lines.push(
        `- ${classLabel(behaviour.class)}${behaviour.gating ? " (gates)" : ""}: ${cellText(behaviour.family)} · ${code(ruleText(behaviour.rule))}, e.g. ${code(behaviour.example.case)}`,
      );
    if (behaviours.length > perEntry) lines.push(`- … and ${behaviours.length - perEntry} more, in the findings`);
  }
  return `${lines.join("\n")}\n`;
}
