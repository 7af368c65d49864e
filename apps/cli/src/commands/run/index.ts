import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { casePattern, evaluateGate } from "@imagegen-conformance/gate";
import { behaviourText, collectReport, isConformant, renderJsonSummary, renderMarkdown, writeReportFiles } from "@imagegen-conformance/report";
import { inShard, isProblem, type Outcome, RunLog, runConformance, type Task } from "@imagegen-conformance/runner";
import type { Command } from "../../cli/command.js";
import { corpusOption } from "../../cli/corpus-option.js";
import { sayCouldNotStart } from "../../cli/could-not-start.js";
import { exitCode } from "../../cli/exit-code.js";
import { appendStepSummary } from "../../cli/github-actions.js";
import { gatedLevels, levelOption } from "../../cli/level-option.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { formatOption, formatUsage, outputFormat } from "../../cli/output-format.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom, seedOption } from "../../cli/parse-integer.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { shardFrom, shardOption } from "../../cli/shard-option.js";
import { targetOptions, targetsFrom } from "../../cli/targets.js";
import { terminalText } from "../../cli/terminal-text.js";
import { UsageError } from "../../cli/usage-error.js";
import { gateBaselineOption } from "../baseline/baseline-option.js";
import { gateResults, knownFailures, loadBaseline, today } from "../baseline/gate-results.js";
import { sayGateProblems } from "../baseline/say-gate.js";
import { reportDirectory as reportDirectoryOption, reportDirOption } from "../report/report-directory.js";
import { sayIncomplete } from "../report/say-incomplete.js";
import { progress } from "./progress.js";
import { summaryTable } from "./summary-table.js";

const defaultReportDirectory = "reports/latest";

const options = {
  ...targetOptions,
  shape: { type: "string", multiple: true, help: "only the cases of this shape, or stream for the streams", defaultText: "every shape" },
  case: { type: "string", multiple: true, help: "only the cases whose id matches: * within a path segment, ** across them", defaultText: "every case" },
  ...reportDirOption("the reports, run.jsonl and reproducers/", defaultReportDirectory),
  ...seedOption,
  ...levelOption,
  timeout: { type: "string", help: "milliseconds a harness has to answer one run message", defaultText: "30000" },
  batch: { type: "string", help: "the most cases in one run message to a harness", defaultText: "as many as the harness takes" },
  ...corpusOption,
  ...shardOption("selected cases"),
  ...gateBaselineOption,
  ...formatOption,
} as const satisfies OptionSpecs;

export const run: Command = {
  name: "run",
  summary: "check implementations against the corpus and say which conform",
  usage: `imagegen-conformance run [--impl <name>]... [--sdk <id>]... [--harness "<command>"]... [--shape <name>]... [--case <pattern>]... [--report-dir <dir>] [--seed <n>] [--level required|recommended|optional] [--timeout <ms>] [--batch <n>] [--corpus <dir>] [--shard <i>/<n>] [--baseline <file>] ${formatUsage}`,
  options,
  async run(args, terminal) {
    const { values } = parseArguments("run", args, options);
    const { io, json } = outputFormat("run", values.format, terminal);
    const seed = seedFrom("run", values.seed);
    const gated = gatedLevels("run", values.level);
    const timeout = parseInteger("run", "timeout", values.timeout, { min: 10, max: 3_600_000 });
    const batch = parseInteger("run", "batch", values.batch, { min: 1, max: 100_000 });
    const wanted = (values.case ?? []).map((pattern) => casePattern(pattern));
    const shard = shardFrom("run", values.shard);
    // Parse the baseline before running, so a malformed or missing one costs nothing.
    const gate = values.baseline === undefined ? undefined : loadBaseline("run", values.baseline).baseline;
    const shapes = (values.shape ?? []).map((name) => (name === "stream" ? "stream" : resolveShape(name, "run").name));
    const corpus = loadCorpus(values.corpus);
    const selected = corpus.filter(
      (testCase) => (shapes.length === 0 || shapes.includes(testCase.shape)) && (wanted.length === 0 || wanted.some((matches) => matches(testCase.id))),
    );
    const cases = selected.filter((testCase) => inShard(testCase.id, shard));
    // Nothing to check is no pass: a mistyped pattern must not gate green.
    if (selected.length === 0) throw new UsageError(`run: no case matches ${describeFilters(values)} (${corpus.length} cases in the corpus)`);
    if (cases.length === 0) throw new UsageError(`run: shard ${values.shard} holds none of the ${selected.length} cases selected`);
    const reportDirectory = reportDirectoryOption("run", values["report-dir"] ?? defaultReportDirectory);
    const targets = await targetsFrom("run", values, { ...(timeout ? { timeout } : {}), ...(batch ? { batch } : {}), io });
    const log = new RunLog(join(reportDirectory, "run.jsonl"));
    const stopListening = onInterrupt(io);
    io.stderr(`run: ${cases.length} cases, seed ${seed} (replay with --seed ${seed}), log ${log.path}\n`);
    const failures = new Map<string, string[]>();
    const unenforced = new Map<string, Map<string, number>>();
    const tick = progress(io);
    const summary = await runConformance({
      targets,
      cases,
      seed,
      log,
      gated,
      header: { argv: ["run", ...args], shapes: shapes.length > 0 ? shapes : undefined },
      ...(shard ? { plan: { shard, selection: selected.map((testCase) => testCase.id) } } : {}),
      reproducers: reportDirectory,
      onOutcome(label: string, task: Task, outcome: Outcome, done: number, total: number) {
        tick(label, done, total);
        for (const rule of outcome.unenforced ?? []) {
          const rules = unenforced.get(label) ?? new Map<string, number>();
          rules.set(rule, (rules.get(rule) ?? 0) + 1);
          unenforced.set(label, rules);
        }
        if (isProblem(outcome.kind) && gated.includes(task.testCase.level)) {
          const list = failures.get(label) ?? [];
          if (list.length < 8) list.push(`  ${outcome.kind} ${task.key}: ${outcome.reason.split("\n")[0]}`);
          failures.set(label, list);
        }
      },
    });
    log.close();
    stopListening();
    for (const [label, lines] of failures) io.stdout(terminalText(`${label}, first failures:\n${lines.join("\n")}\n`, { multiline: true }));
    for (const [label, rules] of unenforced) {
      const top = [...rules].sort((left, right) => right[1] - left[1]).slice(0, 12);
      io.stdout(
        terminalText(
          `${label} let through values breaking ${rules.size} rules: ${top.map(([rule, count]) => `${rule} (${count})`).join(", ")}${rules.size > top.length ? ", …" : ""}\n`,
        ),
      );
    }
    io.stdout(`\n${summaryTable(summary.implementations)}`);
    // Verdicts, completeness and the gate are read from the log, as every later report reads them.
    const data = await collectReport([log.path], { listLimit: Number.POSITIVE_INFINITY });
    io.stdout(terminalText(`\n${behaviourText(data, `${reportDirectory}/`)}`, { multiline: true }));
    // With a baseline, the gate decides: every failure expected, nothing stale. Judged first, so JUnit agrees with it.
    const verdict = gate && values.baseline ? evaluateGate(gateResults(data), gate, today()) : undefined;
    writeReportFiles(reportDirectory, data, verdict ? knownFailures(verdict) : undefined);
    json(renderJsonSummary(data));
    appendStepSummary(renderMarkdown(data));
    io.stdout(`reports: ${reportDirectory}/ (report.html, junit.xml, summary.md, summary.json, badges/, run.jsonl, reproducers/)\n`);
    const incomplete = data.incomplete.length > 0;
    if (incomplete) sayIncomplete(io, "run", data, "no verdict");
    // What was asked for and did not start is no verdict on it, whatever the rest did.
    if (sayCouldNotStart(io, "run", data)) return exitCode.couldNotStart;
    if (!verdict) return incomplete ? exitCode.incomplete : data.implementations.every(isConformant) ? exitCode.ok : exitCode.notConformant;
    sayGateProblems(io, verdict.problems);
    if (incomplete) return exitCode.incomplete;
    io.stdout(
      verdict.ok
        ? `gate: passed against ${values.baseline} (${verdict.expected} expected failures)\n`
        : `gate: failed against ${values.baseline} with ${verdict.problems.length} problems\n`,
    );
    return verdict.ok ? exitCode.ok : exitCode.notConformant;
  },
};

/** The options that chose the cases, as the user gave them. */
function describeFilters(values: { shape?: string[]; case?: string[] }): string {
  const given = [...(values.shape ?? []).map((name) => `--shape ${name}`), ...(values.case ?? []).map((pattern) => `--case ${pattern}`)];
  return given.length > 0 ? given.join(" ") : "the corpus";
}
