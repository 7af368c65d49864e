import { availableParallelism } from "node:os";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { renderJsonSummary } from "@imagegen-conformance/report";
import { cacheDirectory, selections, sweepFamilies } from "@imagegen-conformance/sweep";
import type { Command } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import { formatOption, formatUsage, outputFormat } from "../../cli/output-format.js";
import { oneOf, parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom } from "../../cli/parse-integer.js";
import { shardOption } from "../../cli/shard-option.js";
import { UsageError } from "../../cli/usage-error.js";
import { harnessApps } from "../../registry/harness-apps.js";
import { checkTargets } from "../matrix/check-targets.js";
import { startLog } from "../matrix/start-log.js";
import { writeMatrixReports } from "../matrix/write-matrix-reports.js";
import { reportDirectory } from "../report/report-directory.js";
import { sayIncomplete } from "../report/say-incomplete.js";
import { saySweep } from "./say-sweep.js";
import { sweptTargets } from "./swept-targets.js";

const levels = ["required", "recommended", "optional"] as const;

export const sweep: Command = {
  name: "sweep",
  summary: "every published release of one SDK against the corpus: which release changed which behaviour",
  usage: `imagegen-conformance sweep --sdk <${Object.keys(sweepFamilies).join("|")}> [--releases ${selections.join("|")}|<v1,v2,…>|<semver range>] [--shard <i>/<n>] [--cache-dir <dir>] [--jobs <n>] [--fuzz-runs <n>] [--seed <n>] [--report-dir <dir>] [--level required|recommended|optional] ${formatUsage}`,
  async run(args, terminal) {
    const { values } = parseArguments("sweep", args, {
      ...formatOption,
      sdk: { type: "string" },
      releases: { type: "string" },
      shard: { type: "string" },
      "cache-dir": { type: "string" },
      jobs: { type: "string" },
      "fuzz-runs": { type: "string" },
      seed: { type: "string" },
      "report-dir": { type: "string" },
      level: { type: "string" },
    });
    const { io, json } = outputFormat("sweep", values.format, terminal);
    const family = sweepFamilies[values.sdk ?? ""];
    if (!family)
      throw new UsageError(`sweep: --sdk expected one of ${Object.keys(sweepFamilies).join(", ")}, received ${JSON.stringify(values.sdk ?? "nothing")}`);
    const shard = shardOption("sweep", values.shard);
    // As many installs at once as the family's kind of install pays for (downloads wait, builds compute).
    const jobs = parseInteger("sweep", "jobs", values.jobs, { min: 1, max: 64 }) ?? family.installJobs;
    const fuzzRuns = parseInteger("sweep", "fuzz-runs", values["fuzz-runs"], { min: 0, max: 10_000_000 }) ?? 0;
    const seed = values.seed === undefined ? 1 : seedFrom("sweep", values.seed);
    const level = oneOf("sweep", "level", values.level, levels, "required");
    const directory = reportDirectory("sweep", values["report-dir"] ?? `reports/sweep/${family.name}`);
    const cache = cacheDirectory(values["cache-dir"]);
    const selection = values.releases ?? "latest-per-minor";
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
      gated: levels.slice(0, levels.indexOf(level) + 1),
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
