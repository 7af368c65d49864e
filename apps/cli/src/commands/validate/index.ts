import { parseJsonText, validate as validateValue } from "@imagegen-conformance/core";
import type { Command } from "../../cli/command.js";
import { formFrom, formOption } from "../../cli/form-option.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { formatOption, formatUsage } from "../../cli/output-format.js";
import { oneOf, parseArguments } from "../../cli/parse-arguments.js";
import { parseReadings, readingOption } from "../../cli/parse-readings.js";
import { readInput } from "../../cli/read-input.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { UsageError } from "../../cli/usage-error.js";
import { describeNotes, describeValidation } from "./describe-validation.js";

const options = {
  shape: { type: "string", help: "the shape to check against, required: one list shapes shows" },
  ...formOption,
  ...formatOption,
  ...readingOption,
} as const satisfies OptionSpecs;

export const validate: Command = {
  name: "validate",
  summary: "check a JSON value against a documented shape",
  usage: `imagegen-conformance validate --shape <name> [--form wire|ts|go|python] ${formatUsage} [--reading <finding>=<reading>]... <file|->`,
  options,
  async run(args, io) {
    const { values, positionals } = parseArguments("validate", args, options);
    const shape = resolveShape(values.shape, "validate");
    const form = formFrom("validate", values.form);
    const format = oneOf("validate", "format", values.format, ["human", "json"], "human");
    const readings = parseReadings(values.reading, "validate");
    if (positionals.length !== 1) throw new UsageError(`validate: expected one input (a file, or - for stdin), received ${positionals.length}`);
    const path = positionals[0] as string;
    const text = await readInput(path, io);
    const parsed = parseJsonText(text);
    const where = path === "-" ? "<stdin>" : path;
    if (!parsed.ok) throw new UsageError(`${where}:${parsed.error.line}:${parsed.error.column}: not JSON: ${parsed.error.message}`);
    const validation = validateValue(shape, parsed.value, { form, readings });
    if (format === "json") io.stdout(`${JSON.stringify({ shape: shape.name, form, ...validation, notes: parsed.notes })}\n`);
    else io.stdout(describeValidation(where, shape.name, form, validation) + describeNotes(parsed.notes));
    return validation.valid ? 0 : 1;
  },
};
