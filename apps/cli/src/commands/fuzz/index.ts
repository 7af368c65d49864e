import { catalogue } from "@imagegen-conformance/core";
import {
  type Contestant,
  connectContestants,
  declaredShapes,
  followPath,
  InputSource,
  judgeInputs,
  runCampaign,
  writeCounterexample,
} from "@imagegen-conformance/fuzz";
import type { Command, Io } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { formatOption, formatUsage, outputFormat } from "../../cli/output-format.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom, seedOption } from "../../cli/parse-integer.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { shardFrom, shardOption } from "../../cli/shard-option.js";
import { targetOptions, targetsFrom } from "../../cli/targets.js";
import { terminalText } from "../../cli/terminal-text.js";
import { UsageError } from "../../cli/usage-error.js";
import { reportDirectory, reportDirOption } from "../report/report-directory.js";
import { describeFinding } from "./describe-finding.js";
import { fuzzProgress, shrinkProgress } from "./fuzz-progress.js";

/** "ImageGenToolCall, stream" or "19 shapes (ImageGenToolCall, …)": enough to see what was fuzzed. */
const someShapes = (shapes: readonly string[]) => (shapes.length <= 3 ? shapes.join(", ") : `${shapes.length} shapes (${shapes.slice(0, 3).join(", ")}, …)`);

/** The contestants that started, and how many asked for did not: a campaign without them is no verdict on them. */
async function connect(io: Io, targets: Awaited<ReturnType<typeof targetsFrom>>): Promise<{ contestants: Contestant[]; lost: number }> {
  let lost = 0;
  const contestants = await connectContestants(targets, (target, error) => {
    lost++;
    io.stdout(terminalText(`fuzz: could not start ${target.name}: ${error.message}\n`, { multiline: true }));
  });
  return { contestants, lost };
}

const defaultRuns = 1000;
const defaultReportDirectory = "reports/fuzz";

const options = {
  ...targetOptions,
  shape: {
    type: "string",
    multiple: true,
    help: "generate values of this shape, or stream for event streams",
    defaultText: "the shapes the implementations declare",
  },
  runs: { type: "string", help: "inputs to generate and put to every implementation", defaultText: String(defaultRuns) },
  ...seedOption,
  ...shardOption("inputs"),
  "decode-only": { type: "boolean", help: "decode only, no encode round trips (costly in SDKs that build a model per call)" },
  ...reportDirOption("counterexamples/ (corpus case files) and reproducers/", defaultReportDirectory),
  "replay-path": { type: "string", help: "judge one input again instead of a campaign: <input>[:<step>...], with the --seed a finding prints" },
  ...formatOption,
} as const satisfies OptionSpecs;

export const fuzz: Command = {
  name: "fuzz",
  summary: "generate values and streams, find where implementations disagree, and shrink each disagreement",
  usage: `imagegen-conformance fuzz [--impl <name>]... [--sdk <id>]... [--harness "<command>"]... [--shape <name|stream>]... [--runs <n>] [--seed <n>] [--shard <i>/<n>] [--decode-only] [--report-dir <dir>] [--replay-path <path>] ${formatUsage}`,
  options,
  async run(args, terminal) {
    const { values } = parseArguments("fuzz", args, options);
    const { io, json } = outputFormat("fuzz", values.format, terminal);
    // A parser-only campaign: no encode round trips, which some SDKs make costly (a model built per call).
    const skipEncode = values["decode-only"] ?? false;
    const targets = await targetsFrom("fuzz", values, { io });
    const runs = parseInteger("fuzz", "runs", values.runs, { min: 1, max: 100_000_000 }) ?? defaultRuns;
    const seed = seedFrom("fuzz", values.seed);
    const shard = shardFrom("fuzz", values.shard);
    const named = values.shape?.map((name) => (name === "stream" ? "stream" : resolveShape(name, "fuzz").name));
    const replayPath = values["replay-path"]?.split(":").map((step) => parseInteger("fuzz", "replay-path", step, { min: 0 }) as number);
    if (replayPath && replayPath.length === 0) throw new UsageError("fuzz: --replay-path needs <input>[:<step>...]");
    const directory = reportDirectory("fuzz", values["report-dir"] ?? defaultReportDirectory);
    // The campaign writes no run log: on a signal, the harnesses are killed and the line says the campaign is incomplete.
    const stopListening = onInterrupt(io, () => []);
    const { contestants, lost } = await connect(io, targets);
    if (contestants.length === 0) {
      stopListening();
      io.stderr("imagegen-conformance: fuzz: no implementation could be started\n");
      return exitCode.couldNotStart;
    }
    // Unnamed, the shapes are those the implementations declare: inputs no one can judge are not generated.
    const shapes = named ?? declaredShapes(contestants.map((contestant) => contestant.connection.description));
    if (shapes.length === 0) {
      stopListening();
      await Promise.all(contestants.map((contestant) => contestant.connection.close()));
      throw new UsageError("fuzz: the implementations declare no shape to decode and no stream: nothing to fuzz (name one with --shape)");
    }
    const source = new InputSource(shapes, seed);
    const everything = shapes.length === catalogue.length + 1;
    const command = [
      "imagegen-conformance fuzz",
      ...(values.impl ?? []).map((name) => `--impl ${name}`),
      ...(values.sdk ?? []).map((id) => `--sdk ${id}`),
      ...(values.harness ?? []).map((line) => `--harness ${JSON.stringify(line)}`),
      // The shapes as they were fuzzed: the replay generates the same inputs even if a harness comes to declare more.
      ...(named || !everything ? shapes.map((name) => `--shape ${name}`) : []),
      ...(skipEncode ? ["--decode-only"] : []),
    ].join(" ");
    io.stderr(
      `fuzz: seed ${seed} (replay with --seed ${seed}), ${runs} inputs${shard ? ` (shard ${shard.index}/${shard.count})` : ""} across ${contestants.map((contestant) => contestant.label).join(", ")}, over ${someShapes(shapes)}${named ? "" : ", as they declare"}\n`,
    );
    try {
      if (replayPath) {
        const [index = 0, ...path] = replayPath;
        const [judged] = await judgeInputs([followPath(source.input(index), path, source)], contestants, seed, skipEncode);
        io.stdout(
          `input ${replayPath.join(":")}: ${judged?.input.testCase.input}\n${judged?.signature ? `disagreement: ${judged.signature}` : "no disagreement"}\n${judged?.unjudged ? `could not be judged: ${judged.unjudged}\n` : ""}`,
        );
        return judged?.signature ? exitCode.notConformant : judged?.unjudged ? exitCode.incomplete : lost > 0 ? exitCode.couldNotStart : exitCode.ok;
      }
      const disagreements: object[] = [];
      const today = new Date().toISOString().slice(0, 10);
      let number = 0;
      const result = await runCampaign({
        contestants,
        source,
        seed,
        runs,
        skipEncode,
        ...(shard ? { shard } : {}),
        // Written as each is shrunk, inside the campaign: one that cannot be written is reported, and the rest go on.
        write: (finding) => {
          const written = writeCounterexample(directory, finding, contestants, seed, command, today);
          disagreements.push({
            signature: finding.minimal.signature,
            shape: finding.minimal.input.shape,
            input: written.testCase.input,
            verdicts: Object.fromEntries(finding.minimal.verdicts),
            case: written.caseFile,
            reproducers: written.reproducers,
            replay: `--seed ${seed} --replay-path ${written.path}`,
          });
          io.stdout(terminalText(describeFinding(++number, finding, written, seed), { multiline: true }));
        },
        onProgress: fuzzProgress(io, "fuzz"),
        onShrink: shrinkProgress(io, "fuzz"),
      });
      const { unjudged } = result;
      for (const entry of unjudged.named)
        io.stdout(terminalText(`fuzz: input ${entry.path}: ${entry.reason} (replay with --seed ${seed} --replay-path ${entry.path})\n`, { multiline: true }));
      const more = unjudged.count > unjudged.named.length ? ` (${unjudged.named.length} named above)` : "";
      io.stdout(
        `fuzz: ${result.checked} inputs, ${result.findings.length} distinct disagreements${unjudged.count > 0 ? `, ${unjudged.count} could not be judged${more}` : ""} (seed ${seed})\n`,
      );
      // What each judged: an input of a shape it does not declare is skipped, and is no evidence about it.
      for (const [label, count] of result.judgedBy)
        io.stdout(`${terminalText(`  ${label}: judged ${count} of the ${result.checked}${count === 0 ? ": it declares none of the shapes fuzzed" : ""}`)}\n`);
      if (lost > 0) io.stdout(`fuzz: ${lost} of the ${targets.length} implementations asked for could not start: no verdict on them\n`);
      json({
        seed,
        inputs: result.checked,
        shapes,
        implementations: contestants.map((contestant) => contestant.label),
        judged: Object.fromEntries(result.judgedBy),
        disagreements,
        unjudged: { count: unjudged.count, named: unjudged.named },
        couldNotStart: lost,
      });
      return result.findings.length > 0 ? exitCode.notConformant : unjudged.count > 0 ? exitCode.incomplete : lost > 0 ? exitCode.couldNotStart : exitCode.ok;
    } finally {
      await Promise.all(contestants.map((contestant) => contestant.connection.close()));
      stopListening();
    }
  },
};
