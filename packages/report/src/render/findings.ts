import type { ResultRecord } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { inlineCode as code } from "./inline-code.js";
import { groupsOf, smallest } from "./problem-groups.js";
import { passRate, verdictWithCoverage } from "./verdict.js";

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

/** docs/findings.md: every divergence of every SDK from the documents and from the other SDKs, each with a way to reproduce it. */
export function renderFindings(data: ReportData, options: FindingsOptions): string {
  const sdks = data.implementations.filter((implementation) => implementation.label !== "reference@0.1.0" && !implementation.label.startsWith("reference@"));
  const lines = [
    "# Findings: where the SDKs diverge",
    "",
    `Generated ${options.date} by \`${options.generatedBy}\` from a run of the corpus (${data.header?.cases ?? data.cases} cases) and a fuzz campaign of ${options.fuzzInputs} generated inputs (seed ${data.header?.seed ?? "?"}) against every SDK harness that could be started. Do not edit by hand: regenerate it.`,

    "",
    "Every entry names a case, its smallest input and a command that reproduces it. `replay` re-runs a saved failure and prints STILL FAILING while the divergence lasts.",
    "",
    "## The SDKs",
    "",
    "| SDK | harness | passed / ran | failed | verdict |",
    "|---|---|---:|---:|---|",
    ...sdks.map((implementation) => {
      const { passed, ran } = passRate(implementation);
      return `| ${implementation.label} | ${options.describe(implementation.label)} | ${passed}/${ran} | ${implementation.counts.failed} | ${verdictWithCoverage(implementation)} |`;
    }),
    "",
    "## Divergences from the documented shapes",
  ];
  for (const implementation of sdks) {
    const problems = data.problems.filter((problem) => problem.implementation === implementation.label);
    lines.push("", `### ${implementation.label}`, "");
    if (implementation.record.unavailable) {
      lines.push(`Unavailable: ${implementation.record.unavailable}`);
      continue;
    }
    if (problems.length === 0) {
      lines.push("No divergence: every case it was given came out as the documents say.");
      continue;
    }
    for (const group of groupsOf(problems)) {
      const { example } = group;
      const reproducer = options.reproducer(example);
      lines.push(
        `- **${group.title}** — ${group.results.length} case${group.results.length === 1 ? "" : "s"} (${[...new Set(group.results.map((result) => result.level))].join(", ")})`,
        `  - e.g. \`${example.case}\`${example.check === "decode" ? "" : ` (${example.check})`}: ${example.reason.split("\n")[0]?.slice(0, 240)}`,
        `  - input: ${code(example.input ?? "")}`,
        `  - reproduce: \`${reproducer ? `npx imagegen-conformance replay ${reproducer}` : options.rerun(example.case, [implementation.label])}\``,
      );
    }
  }
  lines.push(
    "",
    "## Divergences between SDKs",
    "",
    "Cases on which the SDKs that answered do not all do the same thing (accept or reject), grouped by who does what.",
    "",
  );
  const byCase = new Map<string, ResultRecord[]>();
  for (const result of data.results ?? []) {
    if (result.check === "encode" || result.behaved === undefined || !sdks.some((implementation) => implementation.label === result.implementation)) continue;
    byCase.set(result.case, [...(byCase.get(result.case) ?? []), result]);
  }
  const splits = new Map<string, ResultRecord[][]>();
  for (const results of byCase.values()) {
    const accepting = results
      .filter((result) => result.behaved === "accept")
      .map((result) => result.implementation)
      .sort();
    const rejecting = results
      .filter((result) => result.behaved === "reject")
      .map((result) => result.implementation)
      .sort();
    if (accepting.length === 0 || rejecting.length === 0) continue;
    const key = `accepted by ${accepting.join(", ")}; rejected by ${rejecting.join(", ")}`;
    splits.set(key, [...(splits.get(key) ?? []), results]);
  }
  if (splits.size === 0) lines.push("None: wherever two SDKs answered, they agreed.");
  for (const [split, cases] of [...splits].sort((left, right) => right[1].length - left[1].length)) {
    const example = smallest(
      cases.map((results) => results[0] as ResultRecord),
      options.inputOf,
    );
    const ids = cases.map((results) => (results[0] as ResultRecord).case).sort();
    lines.push(
      `- **${split}** — ${cases.length} case${cases.length === 1 ? "" : "s"}: ${ids
        .slice(0, 6)
        .map((id) => `\`${id}\``)
        .join(", ")}${ids.length > 6 ? `, and ${ids.length - 6} more` : ""}`,
      `  - the documents say: ${example.expect}; e.g. input ${code(example.input ?? options.inputOf(example.case) ?? "")}`,
      `  - reproduce: \`${options.rerun(
        example.case,
        (cases.find((results) => results[0]?.case === example.case) ?? []).map((result) => result.implementation),
      )}\``,
    );
  }
  return `${lines.join("\n")}\n`;
}
