import { writeFileSync } from "node:fs";
import { evaluateGate, updateBaseline } from "@imagegen-conformance/gate";
import type { Command } from "../../cli/command.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { UsageError } from "../../cli/usage-error.js";
import { gateResults, loadBaseline, today } from "./gate-results.js";

export const baseline: Command = {
  name: "baseline",
  summary: "check a run log against a baseline of expected failures, or update the baseline on purpose",
  usage: "imagegen-conformance baseline <check|update> --baseline <file> [--log <run.jsonl>]...",
  async run(args, io) {
    const { values, positionals } = parseArguments("baseline", args, { baseline: { type: "string" }, log: { type: "string", multiple: true } });
    const verb = positionals[0];
    if ((verb !== "check" && verb !== "update") || positionals.length !== 1)
      throw new UsageError(`baseline: expected check or update, received ${JSON.stringify(positionals.join(" ") || "nothing")}`);
    if (!values.baseline) throw new UsageError(`baseline ${verb}: --baseline <file> is required`);
    const results = await gateResults(values.log ?? ["reports/latest/run.jsonl"]);
    const { text, baseline: parsed } = loadBaseline(values.baseline);
    if (verb === "update") {
      const update = updateBaseline(text, parsed, results, today());
      writeFileSync(values.baseline, update.text);
      io.stdout(`baseline: ${values.baseline}: added ${update.added}, removed ${update.removed}\n`);
      return 0;
    }
    const verdict = evaluateGate(results, parsed, today());
    for (const problem of verdict.problems) io.stdout(`gate: ${problem.message}\n`);
    io.stdout(
      verdict.ok ? `gate: passed (${verdict.expected} expected failures, as the baseline lists)\n` : `gate: failed with ${verdict.problems.length} problems\n`,
    );
    return verdict.ok ? 0 : 1;
  },
};
