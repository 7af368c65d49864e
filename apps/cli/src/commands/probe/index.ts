import { inProcess, referenceImplementation, type Target } from "@imagegen-conformance/runner";
import type { Command } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { formatOption, formatUsage } from "../../cli/output-format.js";
import { oneOf, parseArguments } from "../../cli/parse-arguments.js";
import { readInput } from "../../cli/read-input.js";
import { harnessSdkOption } from "../../cli/targets.js";
import { UsageError } from "../../cli/usage-error.js";
import { selectHarnesses } from "../../registry/harness-registry.js";
import { prepareHarnesses } from "../../registry/prepare-harnesses.js";
import { registryTarget } from "../../registry/registry-targets.js";
import { sayIncomplete } from "../report/say-incomplete.js";
import { objectVerdict } from "./catalogue-verdict.js";
import { corpusVerdict } from "./corpus-verdict.js";
import { describeProbe } from "./describe-probe.js";
import { probeCase } from "./probe-case.js";
import { probeEntries } from "./probe-entries.js";
import { probeShape } from "./probe-shape.js";
import { runProbe } from "./run-probe.js";
import { streamVerdict } from "./stream-verdict.js";

const options = {
  shape: { type: "string", help: "what the input is, required: a shape list shapes shows, or stream" },
  ...harnessSdkOption,
  ...formatOption,
} as const satisfies OptionSpecs;

export const probe: Command = {
  name: "probe",
  summary: "one input through every SDK entry: what each did, beside the catalogue's own verdict",
  usage: `imagegen-conformance probe --shape <name|stream> [--sdk <id>]... ${formatUsage} <file|->`,
  options,
  async run(args, io) {
    const { values, positionals } = parseArguments("probe", args, options);
    const shape = probeShape(values.shape);
    const format = oneOf("probe", "format", values.format, ["human", "json"], "human");
    if (positionals.length !== 1) throw new UsageError(`probe: expected one input (a file, or - for stdin), received ${positionals.length}`);
    const path = positionals[0] as string;
    const where = path === "-" ? "<stdin>" : path;
    // Every name is checked before the input is read or anything is prepared: a typo costs nothing.
    const harnesses = selectHarnesses(values.sdk, "probe");
    const text = await readInput(path, io);
    if (text === "")
      throw new UsageError(`probe: ${where} is empty; expected ${shape === "stream" ? "text/event-stream text" : `JSON text for ${shape.name}`}`);
    const derived = shape === "stream" ? streamVerdict(text, where) : objectVerdict(shape, text, where);
    const verdict = corpusVerdict(shape === "stream" ? "stream" : shape.name, text, derived) ?? derived;
    const testCase = probeCase(shape, text, verdict, where);
    // The targets the matrix builds: the catalogue in-process, and each SDK entry, unavailable when it cannot start.
    const failures = await prepareHarnesses(harnesses, io, "probe");
    const targets: Target[] = [
      inProcess("reference", referenceImplementation),
      ...harnesses.map((harness) => registryTarget(harness, failures.get(harness.id))),
    ];
    const data = await runProbe(testCase, targets, io, ["probe", ...args]);
    const entries = probeEntries(data);
    const name = shape === "stream" ? "stream" : shape.name;
    if (format === "json") io.stdout(`${JSON.stringify({ input: where, shape: name, catalogue: verdict, entries })}\n`);
    else io.stdout(describeProbe(where, name, verdict, entries));
    // What the SDKs did is the report, never an error; only a result the runner could not judge leaves it without one.
    if (data.incomplete.length === 0) return exitCode.ok;
    sayIncomplete(io, "probe", data, "some results could not be judged");
    return exitCode.incomplete;
  },
};
