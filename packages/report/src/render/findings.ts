import { type Behaviour, behaviourClasses, behaviourMatrix, classLabel, type ResultRecord, severity } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { legendEntries } from "../view/legend.js";
import { ruleText } from "../view/matrix-sections.js";
import { isReference, sdkBehaviours } from "../view/reference.js";
import { totalsOf } from "../view/totals.js";
import { cellText } from "./cell-text.js";
import { inlineCode } from "./inline-code.js";
import { describeCases } from "./verdict.js";

export interface FindingsOptions {
  /** When and how the document was made, for its header. */
  generatedBy: string;
  date: string;
  /** The reproducer file of a result, relative to the repository, once copied beside the document. */
  reproducer(result: ResultRecord): string | undefined;
  /** The command that re-runs a case against some SDKs. */
  rerun(caseId: string, labels: readonly string[]): string;
  /** SDK label → harness id, version, language. */
  describe(label: string): string;
  /** A case's input, for cases whose results do not carry it (passes). */
  inputOf(caseId: string): string | undefined;
  /** Inputs the fuzz campaign generated. */
  fuzzInputs: number;
}

const code = (text: string) => cellText(inlineCode(text, 160));

/**
 * docs/findings.md, from the behaviours: one table per SDK of what it does other than enforce, then the rules on
 * which the SDKs disagree. Each row has one example input and the command that reproduces it.
 */
export function renderFindings(data: ReportData, options: FindingsOptions): string {
  const sdks = data.implementations.filter((implementation) => !isReference(implementation));
  const behaviours = sdkBehaviours(data);
  const totals = new Map(totalsOf(data).map((entry) => [entry.label, entry]));
  const symbols = legendEntries.map((entry) => entry.label.split(" ")[0]);
  const lines = [
    "# Findings: what each SDK does with each documented rule",
    "",
    `Generated ${options.date} by \`${options.generatedBy}\` from ${describeCases(data)} (a fuzz campaign of ${options.fuzzInputs} generated inputs, seed ${data.header?.seed ?? "?"}) against every SDK harness that could be started. Do not edit by hand: regenerate it.`,
    "",
    "A behaviour is one SDK entry's way with one documented rule or stream invariant, through one SDK type, whatever the number of catalogue shapes and cases that test it. Its class is the most severe its results showed:",
    "",
    ...legendEntries.map((entry) => `- ${entry.label}: ${entry.meaning}`),
    "",
    "Gating means a failure at a level the run gates on (the documents' levels decide). `replay` re-runs a saved failure and prints STILL FAILING while it lasts.",
    "",
    "## The SDK entries",
    "",
    `| entry | harness | ${symbols.join(" | ")} | gating | harness problems | results (corpus + fuzz) | verdict |`,
    `|---|---|${symbols.map(() => "---:").join("|")}|---:|---:|---|---|`,
    ...sdks.map((implementation) => {
      const entry = totals.get(implementation.label);
      if (!entry) return "";
      const counts = legendEntries.map(({ type }) => entry.behaviours[type]).join(" | ");
      const results = `${entry.results.passed}/${entry.results.ran} passed (${entry.results.corpus} + ${entry.results.fuzz})`;
      return `| ${cellText(implementation.label)} | ${cellText(options.describe(implementation.label))} | ${counts} | ${entry.gating} | ${entry.harness} | ${results} | ${cellText(implementation.record.unavailable ? `unavailable: ${implementation.record.unavailable}` : entry.verdict)} |`;
    }),
  ];
  const bySdk = new Map<string, typeof sdks>();
  for (const implementation of sdks) {
    const name = implementation.record.description?.name ?? implementation.label;
    bySdk.set(name, [...(bySdk.get(name) ?? []), implementation]);
  }
  for (const [name, entries] of bySdk)
    lines.push(
      "",
      `## ${cellText(name)}`,
      "",
      ...unmeasured(entries),
      ...sdkTable(
        name,
        entries.map((entry) => entry.label),
        behaviours,
        options,
      ),
    );
  lines.push("", "## Where the SDKs disagree", "", ...disagreements(behaviours, options));
  return `${lines.join("\n")}\n`;
}

/** One SDK's behaviours other than enforcing, one row per class and rule, naming the entries (versions) that show it. */
function sdkTable(name: string, labels: readonly string[], behaviours: readonly Behaviour[], options: FindingsOptions): string[] {
  const own = behaviours.filter((behaviour) => labels.includes(behaviour.entry) && behaviour.class !== "enforces");
  if (own.length === 0) return ["No judged result of its entries shows anything but enforcing."];
  const rows = new Map<string, Behaviour[]>();
  for (const behaviour of own) {
    const key = JSON.stringify([behaviour.class, behaviour.family, behaviour.rule]);
    rows.set(key, [...(rows.get(key) ?? []), behaviour]);
  }
  const short = (label: string) => label.replace(`${name}@`, "");
  const lines = ["| behaviour | family · rule | entries | gating | example input | reproduce |", "|---|---|---|---|---|---|"];
  const sorted = [...rows.values()].sort(
    ([a], [b]) => severity((a as Behaviour).class) - severity((b as Behaviour).class) || key(a as Behaviour).localeCompare(key(b as Behaviour), "en"),
  );
  for (const group of sorted) {
    const first = group[0] as Behaviour;
    const example = smallestExample(group, options);
    const gating = [...new Set(group.filter((behaviour) => behaviour.gating).map((behaviour) => short(behaviour.entry)))];
    const entries = [...new Set(group.map((behaviour) => short(behaviour.entry)))];
    lines.push(
      `| ${classLabel(first.class)} | ${cellText(first.family)} · \`${cellText(ruleText(first.rule))}\` | ${cellText(entries.join(", "))} | ${gating.length === 0 ? "no" : gating.length === entries.length ? "yes" : cellText(`on ${gating.join(", ")}`)} | ${code(example.input ?? options.inputOf(example.case) ?? "")} | ${reproduce(example, options)} |`,
    );
  }
  return lines;
}

/** The rules on which the SDK entries that tested them did not all do the same: who does what, with one example. */
function disagreements(behaviours: readonly Behaviour[], options: FindingsOptions): string[] {
  const rows = behaviourMatrix(behaviours).filter((row) => row.disagree);
  if (rows.length === 0) return ["None: wherever two SDK entries tested a rule, they did the same."];
  const lines = ["| family · rule | what each entry does | example input | reproduce |", "|---|---|---|---|"];
  for (const row of rows) {
    const byClass = behaviourClasses
      .map((type) => [type, [...row.cells].filter(([, cell]) => cell.class === type).map(([entry]) => entry)] as const)
      .filter(([, entries]) => entries.length > 0)
      .map(([type, entries]) => `${classLabel(type)}: ${entries.join(", ")}`)
      .join("; ");
    const worst = [...row.cells.values()].flatMap((cell) => cell.behaviours).filter((behaviour) => behaviour.class === row.worst);
    const example = smallestExample(worst, options);
    lines.push(
      `| ${cellText(row.family)} · \`${cellText(ruleText(row.rule))}\` | ${cellText(byClass)} | ${code(example.input ?? options.inputOf(example.case) ?? "")} | ${reproduce(example, options)} |`,
    );
  }
  return lines;
}

/** What its tables cannot speak for: entries that did not start, or whose harness spoiled results. Said first. */
function unmeasured(entries: readonly ReportData["implementations"][number][]): string[] {
  const lines = entries.flatMap((entry) => {
    if (entry.record.unavailable) return [`- ${cellText(entry.label)}: unavailable (${cellText(entry.record.unavailable)}): nothing below is about it.`];
    const why = [...(entry.harnessProblems > 0 ? [`${entry.harnessProblems} harness problems`] : []), ...(entry.incomplete ? ["an incomplete run"] : [])];
    return why.length > 0 ? [`- ${cellText(entry.label)}: ${why.join(", ")}: its behaviours rest on the results that got a verdict.`] : [];
  });
  return lines.length > 0 ? [...lines, ""] : [];
}

const key = (behaviour: Behaviour) => `${behaviour.family} ${behaviour.rule}`;

function smallestExample(group: readonly Behaviour[], options: FindingsOptions): ResultRecord {
  const size = (record: ResultRecord) => (record.input ?? options.inputOf(record.case) ?? "").length;
  return group.map((behaviour) => behaviour.example).reduce((best, record) => (size(record) < size(best) ? record : best));
}

function reproduce(example: ResultRecord, options: FindingsOptions): string {
  const reproducer = example.kind === "passed" ? undefined : options.reproducer(example);
  return `\`${cellText(reproducer ? `npx imagegen-conformance replay ${reproducer}` : options.rerun(example.case, [example.implementation]))}\``;
}
