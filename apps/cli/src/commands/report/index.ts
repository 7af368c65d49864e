import { writeReports } from "@imagegen-conformance/report";
import type { Command } from "../../cli/command.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { UsageError } from "../../cli/usage-error.js";

export const report: Command = {
  name: "report",
  summary: "render reports from run logs; merge the logs of shards into one report",
  usage: "imagegen-conformance report <render|merge> <run.jsonl>... [--report-dir <dir>]",
  async run(args, io) {
    const { values, positionals } = parseArguments("report", args, { "report-dir": { type: "string" } });
    const [verb, ...logs] = positionals;
    if (verb !== "render" && verb !== "merge") throw new UsageError(`report: expected render or merge, received ${JSON.stringify(verb ?? "nothing")}`);
    if (logs.length === 0) throw new UsageError(`report ${verb}: name at least one run log`);
    const directory = values["report-dir"] ?? "reports/latest";
    const data = await writeReports(logs, directory);
    io.stdout(
      `report: ${data.implementations.length} implementations from ${logs.length} log${logs.length === 1 ? "" : "s"} → ${directory}/{report.html,junit.xml,summary.md,summary.json,badges/}\n`,
    );
    return 0;
  },
};
