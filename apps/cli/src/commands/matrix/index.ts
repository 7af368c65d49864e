import { relative, resolve } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { renderJsonSummary } from "@imagegen-conformance/report";
import { cacheDirectory } from "@imagegen-conformance/sweep";
import type { Command } from "../../cli/command.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import { formatOption, formatUsage, outputFormat } from "../../cli/output-format.js";
import { oneOf, parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom } from "../../cli/parse-integer.js";
import { harnessApps } from "../../registry/harness-apps.js";
import { repositoryRoot, selectHarnesses } from "../../registry/harness-registry.js";
import { prepareHarnesses } from "../../registry/prepare-harnesses.js";
import { loadBaseline, today } from "../baseline/gate-results.js";
import { reportDirectory } from "../report/report-directory.js";
import { mainJobSweeps } from "../sweep/main-job-sweeps.js";
import { sweepOption } from "../sweep/sweep-option.js";
import { checkTargets } from "./check-targets.js";
import { gateVerdict } from "./gate-verdict.js";
import { matrixTargets } from "./matrix-targets.js";
import { sayResults } from "./say-results.js";
import { startLog } from "./start-log.js";
import { sweptReleases } from "./swept-releases.js";
import { writeFindings } from "./write-findings.js";
import { writeHarnessReadmes } from "./write-harness-readmes.js";
import { writeMatrixReports } from "./write-matrix-reports.js";

const levels = ["required", "recommended", "optional"] as const;

export const matrix: Command = {
  name: "matrix",
  summary: "the main job: every SDK harness of this repository against the corpus and a fuzz budget, as one matrix",
  usage: `imagegen-conformance matrix [--sdk <id>]... [--report-dir <dir>] [--fuzz-runs <n>] [--seed <n>] [--baseline <file>] [--findings <file.md>] [--level required|recommended|optional] [--sweep <family>@<releases>|none]... [--cache-dir <dir>] ${formatUsage}`,
  async run(args, terminal) {
    const { values } = parseArguments("matrix", args, {
      ...formatOption,
      sdk: { type: "string", multiple: true },
      "report-dir": { type: "string" },
      "fuzz-runs": { type: "string" },
      seed: { type: "string" },
      baseline: { type: "string" },
      findings: { type: "string" },
      level: { type: "string" },
      sweep: { type: "string", multiple: true },
      "cache-dir": { type: "string" },
    });
    const { io, json } = outputFormat("matrix", values.format, terminal);
    const directory = reportDirectory("matrix", values["report-dir"] ?? "reports/matrix");
    const fuzzRuns = parseInteger("matrix", "fuzz-runs", values["fuzz-runs"], { min: 0, max: 10_000_000 }) ?? 2000;
    // A fixed default seed: the main job and CI give the same matrix run after run.
    const seed = values.seed === undefined ? 1 : seedFrom("matrix", values.seed);
    const level = oneOf("matrix", "level", values.level, levels, "required");
    const gated = levels.slice(0, levels.indexOf(level) + 1);
    const gate = values.baseline === undefined ? undefined : loadBaseline("matrix", values.baseline).baseline;
    const harnesses = selectHarnesses(values.sdk, "matrix", harnessApps(values["cache-dir"]));
    const failures = prepareHarnesses(harnesses, (line) => io.stderr(`matrix: ${line}`));
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
