import { writeFileSync } from "node:fs";
import { evaluateGate, updateBaseline } from "@imagegen-conformance/gate";
import { collectReport } from "@imagegen-conformance/report";
import type { Command } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { UsageError } from "../../cli/usage-error.js";
import { sayIncomplete } from "../report/say-incomplete.js";
import { gateResults, loadBaseline, today } from "./gate-results.js";
import { sayGateProblems } from "./say-gate.js";

const defaultLogs = ["reports/latest/run.jsonl"];

// One set for both verbs: check reads the baseline, update rewrites it.
const options = {
  baseline: { type: "string", help: "the baseline file of expected failures, required: check reads it, update rewrites it" },
  log: { type: "string", multiple: true, help: "a run log to judge; several are the shards of one run", defaultText: defaultLogs.join(", ") },
} as const satisfies OptionSpecs;

export const baseline: Command = {
  name: "baseline",
  summary: "check a run log against a baseline of expected failures, or update the baseline on purpose",
  usage: "imagegen-conformance baseline <check|update> --baseline <file> [--log <run.jsonl>]...",
  options,
  async run(args, io) {
    const { values, positionals } = parseArguments("baseline", args, options);
    const verb = positionals[0];
    if ((verb !== "check" && verb !== "update") || positionals.length !== 1)
      throw new UsageError(`baseline: expected check or update, received ${JSON.stringify(positionals.join(" ") || "nothing")}`);
    if (!values.baseline) throw new UsageError(`baseline ${verb}: --baseline <file> is required`);
    const { text, baseline: parsed } = loadBaseline(`baseline ${verb}`, values.baseline, verb === "update");
    const logs = values.log ?? defaultLogs;
    // Several logs are the shards of one run: they must cover it exactly once.
    const data = await collectReport(logs, { merge: logs.length > 1, listLimit: Number.POSITIVE_INFINITY });
    const results = gateResults(data);
    if (verb === "update") {
      // A run that did not cover its plan would drop the entries of every case it missed.
      if (data.incomplete.length > 0) {
        sayIncomplete(io, "baseline update", data, "not updating the baseline from it");
        return exitCode.incomplete;
      }
      const update = updateBaseline(text, parsed, results, today());
      writeFileSync(values.baseline, update.text);
      io.stdout(`baseline: ${values.baseline}: added ${update.added}, removed ${update.removed}\n`);
      return exitCode.ok;
    }
    const verdict = evaluateGate(results, parsed, today());
    sayGateProblems(io, verdict.problems);
    if (data.incomplete.length > 0) {
      sayIncomplete(io, "gate", data, "no verdict");
      return exitCode.incomplete;
    }
    io.stdout(
      verdict.ok ? `gate: passed (${verdict.expected} expected failures, as the baseline lists)\n` : `gate: failed with ${verdict.problems.length} problems\n`,
    );
    return verdict.ok ? exitCode.ok : exitCode.notConformant;
  },
};
