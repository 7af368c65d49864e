import { brokenEventStream, eventStream, forwardCompatibleValue, invalidValue, sseText, validValue } from "@imagegen-conformance/arbitraries";
import fc from "fast-check";
import type { Command } from "../../cli/command.js";
import { formFrom, formOption } from "../../cli/form-option.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom, seedOption } from "../../cli/parse-integer.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { UsageError } from "../../cli/usage-error.js";

type Sample = { input: string; violates: string[] };

const defaultCount = 10;

const options = {
  shape: { type: "string", help: "what to generate, required: a shape list shapes shows, or stream" },
  invalid: { type: "boolean", help: "values that break rules (streams that break an invariant), each with what it breaks" },
  forward: { type: "boolean", help: "values a newer API might send: unknown fields, enum values and event types (not for stream)" },
  ...formOption,
  ...seedOption,
  n: { type: "string", short: "n", help: "how many values", defaultText: String(defaultCount) },
} as const satisfies OptionSpecs;

export const sample: Command = {
  name: "sample",
  summary: "print generated values as NDJSON, with the rules each breaks",
  listing: true,
  usage: "imagegen-conformance sample --shape <name|stream> [--invalid | --forward] [--form wire|ts|go|python] [--seed <n>] [-n <count>]",
  options,
  async run(args, io) {
    const { values } = parseArguments("sample", args, options);
    if (values.invalid && values.forward) throw new UsageError("sample: choose one of --invalid and --forward");
    const count = parseInteger("sample", "n", values.n, { min: 1, max: 1_000_000 }) ?? defaultCount;
    const seed = seedFrom("sample", values.seed);
    const form = formFrom("sample", values.form);
    let shapeName: string;
    let arbitrary: fc.Arbitrary<Sample>;
    if (values.shape === "stream") {
      shapeName = "stream";
      const streams = values.invalid
        ? brokenEventStream().map(({ events, breaks }) => ({ events, violates: [breaks] }))
        : eventStream().map((events) => ({ events, violates: [] as string[] }));
      arbitrary = streams.chain(({ events, violates }) => sseText(events).map((input) => ({ input, violates })));
    } else {
      const shape = resolveShape(values.shape, "sample");
      shapeName = shape.name;
      const labelled = values.invalid
        ? invalidValue(shape, { form })
        : values.forward
          ? forwardCompatibleValue(shape, { form })
          : validValue(shape, { form }).map((value) => ({ value, violates: [] as string[] }));
      arbitrary = labelled.map(({ value, violates }) => ({ input: JSON.stringify(value), violates }));
    }
    io.stderr(`sample: seed ${seed} (replay with --seed ${seed})\n`);
    for (const { input, violates } of fc.sample(arbitrary, { seed, numRuns: count })) io.stdout(`${JSON.stringify({ shape: shapeName, input, violates })}\n`);
    return 0;
  },
};
