import { toJsonSchema } from "@imagegen-conformance/core";
import type { Command } from "../../cli/command.js";
import { formFrom, formOption } from "../../cli/form-option.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { parseReadings, readingOption } from "../../cli/parse-readings.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { UsageError } from "../../cli/usage-error.js";

const options = { ...formOption, ...readingOption } as const satisfies OptionSpecs;

export const schema: Command = {
  name: "schema",
  summary: "print a shape's JSON Schema (draft 2020-12)",
  listing: true,
  usage: "imagegen-conformance schema <name> [--form wire|ts|go|python] [--reading <finding>=<reading>]...",
  options,
  async run(args, io) {
    const { values, positionals } = parseArguments("schema", args, options);
    if (positionals.length !== 1) throw new UsageError(`schema: expected one shape name, received ${positionals.length}`);
    const shape = resolveShape(positionals[0], "schema");
    const form = formFrom("schema", values.form);
    io.stdout(`${JSON.stringify(toJsonSchema(shape, { form, readings: parseReadings(values.reading, "schema") }), null, 2)}\n`);
    return 0;
  },
};
