import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { casePattern, evaluateGate, type GateResult } from "@imagegen-conformance/gate";
import { writeReports } from "@imagegen-conformance/report";
import { inShard, type Outcome, RunLog, runConformance, type Task } from "@imagegen-conformance/runner";
import type { Command } from "../../cli/command.js";
import { oneOf, parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom } from "../../cli/parse-integer.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { shardOption } from "../../cli/shard-option.js";
import { targetsFrom } from "../../cli/targets.js";
import { loadBaseline, today } from "../baseline/gate-results.js";
import { progress } from "./progress.js";
import { summaryTable } from "./summary-table.js";

const levels = ["required", "recommended", "optional"] as const;

export const run: Command = {
  name: "run",
  summary: "check implementations against the corpus and say which conform",
  usage:
    'imagegen-conformance run [--impl <name>]... [--sdk <id>]... [--harness "<command>"]... [--shape <name>]... [--case <pattern>]... [--report-dir <dir>] [--seed <n>] [--level required|recommended|optional] [--timeout <ms>] [--batch <n>] [--corpus <dir>] [--shard <i>/<n>] [--baseline <file>]',
  async run(args, io) {
    const { values } = parseArguments("run", args, {
      impl: { type: "string", multiple: true },
      sdk: { type: "string", multiple: true },
      harness: { type: "string", multiple: true },
      case: { type: "string", multiple: true },
      shape: { type: "string", multiple: true },
      "report-dir": { type: "string" },
      seed: { type: "string" },
      level: { type: "string" },
      timeout: { type: "string" },
      batch: { type: "string" },
      corpus: { type: "string" },
      shard: { type: "string" },
      baseline: { type: "string" },
    });
    const seed = seedFrom("run", values.seed);
    const level = oneOf("run", "level", values.level, levels, "required");
    const gated = levels.slice(0, levels.indexOf(level) + 1);
    const timeout = parseInteger("run", "timeout", values.timeout, { min: 10, max: 3_600_000 });
    const batch = parseInteger("run", "batch", values.batch, { min: 1, max: 100_000 });
    const targets = targetsFrom("run", values, { ...(timeout ? { timeout } : {}), ...(batch ? { batch } : {}), io });
    const wanted = (values.case ?? []).map((pattern) => casePattern(pattern));
    const shard = shardOption("run", values.shard);
    // Parse the baseline before running, so a malformed one costs nothing.
    const gate = values.baseline === undefined ? undefined : loadBaseline(values.baseline).baseline;
    const shapes = (values.shape ?? []).map((name) => (name === "stream" ? "stream" : resolveShape(name, "run").name));
    const cases = loadCorpus(values.corpus).filter(
      (testCase) =>
        (shapes.length === 0 || shapes.includes(testCase.shape)) &&
        inShard(testCase.id, shard) &&
        (wanted.length === 0 || wanted.some((matches) => matches(testCase.id))),
    );
    const reportDirectory = values["report-dir"] ?? "reports/latest";
    const log = new RunLog(join(reportDirectory, "run.jsonl"));
    const interrupted = () => {
      log.write({ type: "footer", finished: new Date().toISOString(), interrupted: true });
      log.close();
      io.stderr(`\ninterrupted; the results so far are in ${log.path}\n`);
      process.exit(130);
    };
    process.once("SIGINT", interrupted);
    process.once("SIGTERM", interrupted);
    io.stderr(`run: ${cases.length} cases, seed ${seed} (replay with --seed ${seed}), log ${log.path}\n`);
    const failures = new Map<string, string[]>();
    const gateResults: GateResult[] = [];
    const unenforced = new Map<string, Map<string, number>>();
    const tick = progress(io);
    const summary = await runConformance({
      targets,
      cases,
      seed,
      log,
      gated,
      header: { argv: ["run", ...args], shapes: shapes.length > 0 ? shapes : undefined, shard },
      reproducers: reportDirectory,
      onOutcome(label: string, task: Task, outcome: Outcome, done: number, total: number) {
        tick(label, done, total);
        if (gate) gateResults.push({ implementation: label, key: task.key, kind: outcome.kind, reason: outcome.reason });
        for (const rule of outcome.unenforced ?? []) {
          const rules = unenforced.get(label) ?? new Map<string, number>();
          rules.set(rule, (rules.get(rule) ?? 0) + 1);
          unenforced.set(label, rules);
        }
        if (outcome.kind !== "passed" && outcome.kind !== "skipped" && gated.includes(task.testCase.level)) {
          const list = failures.get(label) ?? [];
          if (list.length < 8) list.push(`  ${outcome.kind} ${task.key}: ${outcome.reason.split("\n")[0]}`);
          failures.set(label, list);
        }
      },
    });
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    log.close();
    for (const [label, lines] of failures) io.stdout(`${label}, first failures:\n${lines.join("\n")}\n`);
    for (const [label, rules] of unenforced) {
      const top = [...rules].sort((left, right) => right[1] - left[1]).slice(0, 12);
      io.stdout(
        `${label} let through values breaking ${rules.size} rules: ${top.map(([rule, count]) => `${rule} (${count})`).join(", ")}${rules.size > top.length ? ", …" : ""}\n`,
      );
    }
    io.stdout(`\n${summaryTable(summary.implementations)}`);
    await writeReports([log.path], reportDirectory);
    io.stdout(`reports: ${reportDirectory}/ (report.html, junit.xml, summary.md, summary.json, badges/, run.jsonl, reproducers/)\n`);
    if (!gate || !values.baseline) return summary.conformant ? 0 : 1;
    // With a baseline, the gate decides: every failure expected, nothing stale.
    for (const implementation of summary.implementations) {
      if (implementation.unavailable)
        gateResults.push({ implementation: implementation.label, key: "(start)", kind: "harness-error", reason: `unavailable: ${implementation.unavailable}` });
    }
    const verdict = evaluateGate(gateResults, gate, today());
    for (const problem of verdict.problems) io.stdout(`gate: ${problem.message}\n`);
    io.stdout(
      verdict.ok
        ? `gate: passed against ${values.baseline} (${verdict.expected} expected failures)\n`
        : `gate: failed against ${values.baseline} with ${verdict.problems.length} problems\n`,
    );
    return verdict.ok ? 0 : 1;
  },
};
