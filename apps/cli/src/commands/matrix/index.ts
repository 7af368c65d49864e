import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { catalogue } from "@imagegen-conformance/core";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { type Contestant, type Finding, InputSource, runCampaign, writeCounterexample } from "@imagegen-conformance/fuzz";
import { evaluateGate } from "@imagegen-conformance/gate";
import { collectReport, renderFindings, renderMarkdown, writeReportFiles } from "@imagegen-conformance/report";
import { boundOutcome, inProcess, labelOf, RunLog, reproducerPath, runConformance, safeName, type Target } from "@imagegen-conformance/runner";
import type { Command, Io } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import { appendStepSummary } from "../../cli/github-actions.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import { oneOf, parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom } from "../../cli/parse-integer.js";
import { terminalText } from "../../cli/terminal-text.js";
import { registeredHarnesses, repositoryRoot, selectHarnesses } from "../../registry/harness-registry.js";
import { prepareHarnesses } from "../../registry/prepare-harnesses.js";
import { registryTarget } from "../../registry/registry-targets.js";
import { gateResults, knownFailures, loadBaseline, today } from "../baseline/gate-results.js";
import { sayGateProblems } from "../baseline/say-gate.js";
import { reportDirectory } from "../report/report-directory.js";
import { sayIncomplete } from "../report/say-incomplete.js";
import { implementations } from "../run/implementations.js";
import { summaryTable } from "../run/summary-table.js";
import { fuzzRecords } from "./fuzz-records.js";
import { writeHarnessReadmes } from "./write-harness-readmes.js";

const levels = ["required", "recommended", "optional"] as const;

async function fuzzAll(io: Io, targets: readonly Target[], log: RunLog, directory: string, runs: number, seed: number) {
  const contestants: Contestant[] = [];
  for (const target of targets) {
    try {
      const connection = await target.connect();
      contestants.push({ label: labelOf(connection.description), connection, reach: target.reach });
    } catch {
      // Unavailable harnesses are already in the matrix as such.
    }
  }
  try {
    const source = new InputSource([...catalogue.map((shape) => shape.name), "stream"], seed);
    io.stderr(`matrix: fuzzing ${runs} inputs across ${contestants.length} implementations (seed ${seed})\n`);
    const command = `imagegen-conformance fuzz ${contestants.map((contestant) => ("sdk" in contestant.reach ? `--sdk ${contestant.reach.sdk}` : "impl" in contestant.reach ? `--impl ${contestant.reach.impl}` : `--harness ${JSON.stringify(contestant.reach.harness)}`)).join(" ")}`;
    // Each finding is written inside the campaign: one that cannot be written is reported, and the rest go on.
    const write = (finding: Finding) => {
      for (const record of fuzzRecords(finding, writeCounterexample(directory, finding, contestants, seed, command, today()), contestants))
        log.write(boundOutcome(record));
    };
    const result = await runCampaign({ contestants, source, seed, runs, maxFindings: 20, write });
    for (const entry of result.unjudged.named)
      io.stderr(terminalText(`matrix: fuzz input ${entry.path} (seed ${seed}): ${entry.reason}\n`, { multiline: true }));
    io.stderr(
      `matrix: fuzz found ${result.findings.length} distinct disagreements in ${result.checked} inputs${result.unjudged.count > 0 ? `; ${result.unjudged.count} could not be judged` : ""}\n`,
    );
  } finally {
    await Promise.all(contestants.map((contestant) => contestant.connection.close()));
  }
}

export const matrix: Command = {
  name: "matrix",
  summary: "the main job: every SDK harness of this repository against the corpus and a fuzz budget, as one matrix",
  usage:
    "imagegen-conformance matrix [--sdk <id>]... [--report-dir <dir>] [--fuzz-runs <n>] [--seed <n>] [--baseline <file>] [--findings <file.md>] [--level required|recommended|optional]",
  async run(args, io) {
    const { values } = parseArguments("matrix", args, {
      sdk: { type: "string", multiple: true },
      "report-dir": { type: "string" },
      "fuzz-runs": { type: "string" },
      seed: { type: "string" },
      baseline: { type: "string" },
      findings: { type: "string" },
      level: { type: "string" },
    });
    const directory = reportDirectory("matrix", values["report-dir"] ?? "reports/matrix");
    const fuzzRuns = parseInteger("matrix", "fuzz-runs", values["fuzz-runs"], { min: 0, max: 10_000_000 }) ?? 2000;
    // A fixed default seed: the main job and CI give the same matrix run after run.
    const seed = values.seed === undefined ? 1 : seedFrom("matrix", values.seed);
    const level = oneOf("matrix", "level", values.level, levels, "required");
    const gate = values.baseline === undefined ? undefined : loadBaseline("matrix", values.baseline).baseline;
    const harnesses = selectHarnesses(values.sdk, "matrix");
    const failures = prepareHarnesses(harnesses, (line) => io.stderr(`matrix: ${line}`));
    const targets: Target[] = [
      inProcess("reference", implementations.reference?.implementation as never),
      ...harnesses.map((harness) => registryTarget(harness, failures.get(harness.id))),
    ];
    const cases = loadCorpus();
    rmSync(join(directory, "reproducers"), { recursive: true, force: true });
    rmSync(join(directory, "counterexamples"), { recursive: true, force: true });
    const log = new RunLog(join(directory, "run.jsonl"));
    const stopListening = onInterrupt(io);
    io.stderr(`matrix: ${cases.length} cases × ${targets.length} implementations, seed ${seed}, log ${log.path}\n`);
    const summary = await runConformance({
      targets,
      cases,
      seed,
      log,
      gated: levels.slice(0, levels.indexOf(level) + 1),
      reproducers: directory,
      header: { argv: ["matrix", ...args] },
    });
    if (fuzzRuns > 0) await fuzzAll(io, targets, log, directory, fuzzRuns, seed);
    log.close();
    stopListening();
    const data = await collectReport([log.path], { listLimit: Number.POSITIVE_INFINITY });
    // Judged before the reports are written, so JUnit skips the failures the baseline expects, as the gate does.
    const verdict = gate && values.baseline ? evaluateGate(gateResults(data), gate, today()) : undefined;
    writeReportFiles(directory, data, verdict ? knownFailures(verdict) : undefined);
    // In a GitHub Actions job, the summary also goes to the job's page.
    appendStepSummary(renderMarkdown(data));
    io.stdout(
      `the corpus, ${cases.length} cases${data.counterexamples > 0 ? ` (the reports add the fuzz campaign's ${data.counterexamples} counterexamples)` : ""}:\n${summaryTable(summary.implementations)}\nreports: ${directory}/ (report.html, junit.xml, summary.md, summary.json, badges/, run.jsonl, reproducers/, counterexamples/)\n`,
    );
    if (values.findings) {
      writeFindings(values.findings, data, directory, cases, fuzzRuns);
      io.stdout(`findings: ${values.findings}\n`);
      // The harness READMEs say what each entry covers and what its results mean from the same run, never by hand.
      for (const readme of writeHarnessReadmes(data, harnesses, { findings: resolve(values.findings), date: today(), fuzzInputs: fuzzRuns }))
        io.stdout(`findings: ${relative(repositoryRoot, readme)}\n`);
    }
    const incomplete = data.incomplete.length > 0;
    if (incomplete) sayIncomplete(io, "matrix", data, "no verdict");
    // Without a baseline the matrix is a report: only a run that could not finish is an error.
    if (!verdict) return incomplete ? exitCode.incomplete : exitCode.ok;
    sayGateProblems(io, verdict.problems);
    if (incomplete) return exitCode.incomplete;
    io.stdout(
      verdict.ok
        ? `gate: passed against ${values.baseline} (${verdict.expected} expected failures)\n`
        : `gate: failed against ${values.baseline} with ${verdict.problems.length} problems: the verdicts above changed; if on purpose, run imagegen-conformance baseline update --baseline ${values.baseline} --log ${log.path}\n`,
    );
    return verdict.ok ? exitCode.ok : exitCode.notConformant;
  },
};

/** Writes the findings document and copies the reproducer of each example beside it, so it replays on a fresh clone. */
function writeFindings(
  path: string,
  data: Awaited<ReturnType<typeof collectReport>>,
  directory: string,
  cases: ReturnType<typeof loadCorpus>,
  fuzzInputs: number,
) {
  const reproducers = join(dirname(path), "findings", "reproducers");
  rmSync(reproducers, { recursive: true, force: true });
  mkdirSync(reproducers, { recursive: true });
  const inputs = new Map(cases.map((testCase) => [testCase.id, testCase.input]));
  const harnesses = new Map(registeredHarnesses().map((harness) => [harness.id, harness]));
  const labels = new Map(data.implementations.map((implementation) => [implementation.label, implementation.record.command ?? implementation.label]));
  const text = renderFindings(data, {
    generatedBy: "npm run findings",
    fuzzInputs,

    date: today(),
    describe: (label) => {
      const harness = harnesses.get(labels.get(label) ?? "");
      return harness ? `\`--sdk ${harness.id}\` (${harness.language})` : (labels.get(label) ?? label);
    },
    inputOf: (id) => inputs.get(id),
    rerun: (caseId, implementationLabels) =>
      `npx imagegen-conformance run ${implementationLabels.map((label) => `--sdk ${labels.get(label) ?? label}`).join(" ")} --case '${caseId}'`,
    reproducer: (result) => {
      const key = result.check === "encode" ? `${result.case}@encode` : result.case;
      const source = result.check === "fuzz" ? findCounterexampleReproducer(directory, result) : join(directory, reproducerPath(result.implementation, key));
      if (!source) return undefined;
      const target = join(reproducers, source.split("/").slice(-2).join("-"));
      try {
        copyFileSync(source, target);
      } catch {
        return undefined;
      }
      return relative(repositoryRoot, target).replaceAll("\\", "/");
    },
  });
  writeFileSync(path, text);
}

function findCounterexampleReproducer(directory: string, result: { implementation: string; case: string }): string | undefined {
  const file = join(directory, "reproducers", safeName(result.implementation), `${safeName(result.case.split("#")[0] ?? "")}.json`);
  try {
    readFileSync(file);
    return file;
  } catch {
    return undefined;
  }
}
