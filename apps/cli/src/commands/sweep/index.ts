import { availableParallelism } from "node:os";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { renderJsonSummary } from "@imagegen-conformance/report";
import { cacheDirectory, selections, sweepFamilies } from "@imagegen-conformance/sweep";
import type { Command } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import { gatedLevels, levelOption } from "../../cli/level-option.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { formatOption, formatUsage, outputFormat } from "../../cli/output-format.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { fixedSeed, fixedSeedOption, parseInteger, seedFrom } from "../../cli/parse-integer.js";
import { shardFrom, shardOption } from "../../cli/shard-option.js";
import { UsageError } from "../../cli/usage-error.js";
import { harnessApps } from "../../registry/harness-apps.js";
import { checkTargets } from "../matrix/check-targets.js";
import { fuzzRunsFrom, fuzzRunsOption } from "../matrix/fuzz-runs-option.js";
import { startLog } from "../matrix/start-log.js";
import { writeMatrixReports } from "../matrix/write-matrix-reports.js";
import { reportDirectory, reportDirOption } from "../report/report-directory.js";
import { sayIncomplete } from "../report/say-incomplete.js";
import { cacheDirOption } from "./cache-dir-option.js";
import { saySweep } from "./say-sweep.js";
import { sweptTargets } from "./swept-targets.js";

const defaultSelection = "latest-per-minor";
const defaultFuzzRuns = 0;
/** One report directory per family, named by `--sdk`. */
const defaultReportDirectory = (family: string) => `reports/sweep/${family}`;

const options = {
  sdk: { type: "string", help: `the SDK family whose releases are swept, required: ${Object.keys(sweepFamilies).join(", ")}` },
  releases: {
    type: "string",
    help: `which releases: ${selections.join(", ")}, a list v1,v2,… or a semver range`,
    defaultText: defaultSelection,
  },
  ...shardOption("selected releases"),
  ...cacheDirOption,
  jobs: {
    type: "string",
    help: "releases installed at a time: downloads wait on the network, builds use every core",
    defaultText: `the family's: ${Object.values(sweepFamilies)
      .map((family) => `${family.installJobs} for ${family.name}`)
      .join(", ")}`,
  },
  ...fuzzRunsOption(defaultFuzzRuns),
  ...fixedSeedOption,
  ...reportDirOption("the reports and run.jsonl", defaultReportDirectory("<sdk>")),
  ...levelOption,
  ...formatOption,
} as const satisfies OptionSpecs;

export const sweep: Command = {
  name: "sweep",
  summary: "every published release of one SDK against the corpus: which release changed which behaviour",
  usage: `imagegen-conformance sweep --sdk <${Object.keys(sweepFamilies).join("|")}> [--releases ${selections.join("|")}|<v1,v2,…>|<semver range>] [--shard <i>/<n>] [--cache-dir <dir>] [--jobs <n>] [--fuzz-runs <n>] [--seed <n>] [--report-dir <dir>] [--level required|recommended|optional] ${formatUsage}`,
  options,
  async run(args, terminal) {
    const { values } = parseArguments("sweep", args, options);
    const { io, json } = outputFormat("sweep", values.format, terminal);
    const family = sweepFamilies[values.sdk ?? ""];
    if (!family)
      throw new UsageError(`sweep: --sdk expected one of ${Object.keys(sweepFamilies).join(", ")}, received ${JSON.stringify(values.sdk ?? "nothing")}`);
    const shard = shardFrom("sweep", values.shard);
    // As many installs at once as the family's kind of install pays for (downloads wait, builds compute).
    const jobs = parseInteger("sweep", "jobs", values.jobs, { min: 1, max: 64 }) ?? family.installJobs;
    const fuzzRuns = fuzzRunsFrom("sweep", values["fuzz-runs"], defaultFuzzRuns);
    const seed = values.seed === undefined ? fixedSeed : seedFrom("sweep", values.seed);
    const gated = gatedLevels("sweep", values.level);
    const directory = reportDirectory("sweep", values["report-dir"] ?? defaultReportDirectory(family.name));
    const cache = cacheDirectory(values["cache-dir"]);
    const selection = values.releases ?? defaultSelection;
    const stopListening = onInterrupt(io);
    const swept = await sweptTargets(io, family, selection, { cache, jobs, apps: harnessApps(values["cache-dir"]), shard, command: "sweep" });
    if (typeof swept === "string") {
      stopListening();
      io.stderr(`sweep: ${swept}\n`);
      return exitCode.incomplete;
    }
    const log = startLog(directory);
    await checkTargets(io, swept.targets, loadCorpus(), log, {
      header: swept.header,
      seed,
      gated,
      directory,
      args,
      command: "sweep",
      // One harness per core at a time: every release at once would start more processes than two cores can answer.
      concurrency: availableParallelism(),
      fuzzRuns,
    });
    log.close();
    stopListening();
    const { data } = await writeMatrixReports(directory, log.path, undefined);
    saySweep(io, data, directory);
    json(renderJsonSummary(data));
    if (data.incomplete.length === 0) return exitCode.ok;
    sayIncomplete(io, "sweep", data, "the timeline rests on what was measured");
    return exitCode.incomplete;
  },
};
