import { relative, resolve } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { renderJsonSummary } from "@imagegen-conformance/report";
import { cacheDirectory } from "@imagegen-conformance/sweep";
import type { Command } from "../../cli/command.js";
import { gatedLevels, levelOption } from "../../cli/level-option.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { formatOption, formatUsage, outputFormat } from "../../cli/output-format.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { fixedSeed, fixedSeedOption, seedFrom } from "../../cli/parse-integer.js";
import { harnessSdkOption } from "../../cli/targets.js";
import { harnessApps } from "../../registry/harness-apps.js";
import { repositoryRoot, selectHarnesses } from "../../registry/harness-registry.js";
import { prepareHarnesses } from "../../registry/prepare-harnesses.js";
import { gateBaselineOption } from "../baseline/baseline-option.js";
import { loadBaseline, today } from "../baseline/gate-results.js";
import { reportDirectory, reportDirOption } from "../report/report-directory.js";
import { cacheDirOption } from "../sweep/cache-dir-option.js";
import { mainJobSweeps } from "../sweep/main-job-sweeps.js";
import { sweepOption } from "../sweep/sweep-option.js";
import { checkTargets } from "./check-targets.js";
import { fuzzRunsFrom, fuzzRunsOption } from "./fuzz-runs-option.js";
import { gateVerdict } from "./gate-verdict.js";
import { matrixTargets } from "./matrix-targets.js";
import { sayResults } from "./say-results.js";
import { startLog } from "./start-log.js";
import { sweptReleases } from "./swept-releases.js";
import { writeFindings } from "./write-findings.js";
import { writeHarnessReadmes } from "./write-harness-readmes.js";
import { writeMatrixReports } from "./write-matrix-reports.js";

const defaultReportDirectory = "reports/matrix";
const defaultFuzzRuns = 2000;

const options = {
  ...harnessSdkOption,
  ...reportDirOption("the reports, run.jsonl, reproducers/ and counterexamples/", defaultReportDirectory),
  ...fuzzRunsOption(defaultFuzzRuns),
  ...fixedSeedOption,
  ...gateBaselineOption,
  findings: { type: "string", help: "also write the findings document here, and the harness READMEs, from this run" },
  ...levelOption,
  sweep: {
    type: "string",
    multiple: true,
    help: "published releases to add, as <family>@<releases> (what sweep --releases takes), or none",
    defaultText: `${mainJobSweeps.join(" and ")}; none when --sdk is given`,
  },
  ...cacheDirOption,
  ...formatOption,
} as const satisfies OptionSpecs;

export const matrix: Command = {
  name: "matrix",
  summary: "the main job: every SDK harness of this repository against the corpus and a fuzz budget, as one matrix",
  usage: `imagegen-conformance matrix [--sdk <id>]... [--report-dir <dir>] [--fuzz-runs <n>] [--seed <n>] [--baseline <file>] [--findings <file.md>] [--level required|recommended|optional] [--sweep <family>@<releases>|none]... [--cache-dir <dir>] ${formatUsage}`,
  options,
  async run(args, terminal) {
    const { values } = parseArguments("matrix", args, options);
    const { io, json } = outputFormat("matrix", values.format, terminal);
    const directory = reportDirectory("matrix", values["report-dir"] ?? defaultReportDirectory);
    const fuzzRuns = fuzzRunsFrom("matrix", values["fuzz-runs"], defaultFuzzRuns);
    const seed = values.seed === undefined ? fixedSeed : seedFrom("matrix", values.seed);
    const gated = gatedLevels("matrix", values.level);
    const gate = values.baseline === undefined ? undefined : loadBaseline("matrix", values.baseline).baseline;
    const harnesses = selectHarnesses(values.sdk, "matrix", harnessApps(values["cache-dir"]));
    const failures = await prepareHarnesses(harnesses, io, "matrix");
    // The main job's releases besides the pins, unless the SDKs were named or --sweep says otherwise.
    const sweeps = values.sweep ?? (values.sdk ? [] : mainJobSweeps);
    const swept = await sweptReleases(
      io,
      sweeps.filter((text) => text !== "none").map((text) => sweepOption("matrix", text)),
      harnesses,
      cacheDirectory(values["cache-dir"]),
    );
    const targets = [...matrixTargets(harnesses, failures), ...swept];
    const cases = loadCorpus();
    const log = startLog(directory);
    const stopListening = onInterrupt(io);
    await checkTargets(io, targets, cases, log, { seed, gated, directory, args, fuzzRuns });
    log.close();
    stopListening();
    const { data, verdict } = await writeMatrixReports(directory, log.path, gate);
    sayResults(io, data, directory);
    json(renderJsonSummary(data));
    if (values.findings) {
      writeFindings(values.findings, data, directory, cases, fuzzRuns);
      io.stdout(`findings: ${values.findings}\n`);
      // The harness READMEs say what each entry covers and what its results mean from the same run, never by hand.
      for (const readme of writeHarnessReadmes(data, harnesses, { findings: resolve(values.findings), date: today(), fuzzInputs: fuzzRuns }))
        io.stdout(`findings: ${relative(repositoryRoot, readme)}\n`);
    }
    return gateVerdict(io, data, verdict, { baseline: values.baseline, log: log.path, named: values.sdk !== undefined });
  },
};
