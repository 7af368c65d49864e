import { brokenEventStream, eventStream, forwardCompatibleValue, invalidValue, sseText, validValue } from "@imagegen-conformance/arbitraries";
import { forms } from "@imagegen-conformance/core";
import fc from "fast-check";
import type { Command } from "../../cli/command.js";
import { oneOf, parseArguments } from "../../cli/parse-arguments.js";
import { parseInteger, seedFrom } from "../../cli/parse-integer.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { UsageError } from "../../cli/usage-error.js";

type Sample = { input: string; violates: string[] };

export const sample: Command = {
  name: "sample",
  summary: "print generated values as NDJSON, with the rules each breaks",
  listing: true,
  usage: "imagegen-conformance sample --shape <name|stream> [--invalid | --forward] [--form wire|ts|go|python] [--seed <n>] [-n <count>]",
  async run(args, io) {
    const { values } = parseArguments("sample", args, {
      shape: { type: "string" },
      invalid: { type: "boolean" },
      forward: { type: "boolean" },
      form: { type: "string" },
      seed: { type: "string" },
      n: { type: "string", short: "n" },
    });
    if (values.invalid && values.forward) throw new UsageError("sample: choose one of --invalid and --forward");
    const count = parseInteger("sample", "n", values.n, { min: 1, max: 1_000_000 }) ?? 10;
    const seed = seedFrom("sample", values.seed);
    const form = oneOf("sample", "form", values.form, forms, "wire");
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
