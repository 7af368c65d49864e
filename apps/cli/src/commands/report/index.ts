import { behaviourText, renderMarkdown, timelineLines, writeReports } from "@imagegen-conformance/report";
import type { Command } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import { appendStepSummary } from "../../cli/github-actions.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { terminalText } from "../../cli/terminal-text.js";
import { UsageError } from "../../cli/usage-error.js";
import { reportDirectory, reportDirOption } from "./report-directory.js";
import { sayIncomplete } from "./say-incomplete.js";

const defaultReportDirectory = "reports/latest";

// One set for both verbs: render and merge write the same reports.
const options = { ...reportDirOption("the reports", defaultReportDirectory) } as const satisfies OptionSpecs;

export const report: Command = {
  name: "report",
  summary: "render reports from run logs; merge the logs of shards into one report",
  usage: "imagegen-conformance report <render|merge> <run.jsonl>... [--report-dir <dir>]",
  options,
  async run(args, io) {
    const { values, positionals } = parseArguments("report", args, options);
    const [verb, ...logs] = positionals;
    if (verb !== "render" && verb !== "merge") throw new UsageError(`report: expected render or merge, received ${JSON.stringify(verb ?? "nothing")}`);
    if (logs.length === 0) throw new UsageError(`report ${verb}: name at least one run log`);
    const directory = reportDirectory(`report ${verb}`, values["report-dir"] ?? defaultReportDirectory);
    // Merged logs are the shards of one run: checked to cover it exactly once.
    const data = await writeReports(logs, directory, { merge: verb === "merge" });
    appendStepSummary(renderMarkdown(data));
    io.stdout(terminalText(behaviourText(data, `${directory}/`), { multiline: true }));
    // Merged sweep shards are one sweep: which release changed what, as the sweep itself would have said it.
    const timeline = timelineLines(data);
    if (timeline.length > 0) io.stdout(terminalText(`${timeline.join("\n")}\n`, { multiline: true }));
    io.stdout(
      `report: ${data.implementations.length} implementations from ${logs.length} log${logs.length === 1 ? "" : "s"} → ${directory}/{report.html,junit.xml,summary.md,summary.json,badges/}\n`,
    );
    if (data.incomplete.length === 0) return exitCode.ok;
    sayIncomplete(io, "report", data, "the reports say so and give no verdict");
    return exitCode.incomplete;
  },
};
