import { type ParseArgsConfig, parseArgs } from "node:util";
import type { OptionSpecs } from "./option-spec.js";
import { UsageError } from "./usage-error.js";

type Value<O> = O extends { type: "boolean" } ? boolean : string;
type Values<O extends OptionSpecs> = { [K in keyof O]?: O[K] extends { multiple: true } ? Value<O[K]>[] : Value<O[K]> };

/** The fields node's parseArgs reads: the help text stays behind, and no `default` is ever passed. */
const parserOptions = (options: OptionSpecs): NonNullable<ParseArgsConfig["options"]> =>
  Object.fromEntries(
    Object.entries(options).map(([name, { type, multiple, short }]) => [name, { type, ...(multiple ? { multiple } : {}), ...(short ? { short } : {}) }]),
  );

/** node:util's parseArgs over a command's declared options, with its errors turned into one-line usage errors naming the command. */
export function parseArguments<O extends OptionSpecs>(command: string, args: string[], options: O): { values: Values<O>; positionals: string[] } {
  try {
    return parseArgs({ args, options: parserOptions(options), allowPositionals: true, strict: true }) as { values: Values<O>; positionals: string[] };
  } catch (error) {
    // node's messages run over several sentences and lines; the first is kept.
    const message =
      error instanceof Error
        ? error.message
            .replace(/\. To specify a positional argument.*$/s, "")
            .replace(/^Unknown option '(.+?)'.*$/s, "unknown option $1")
            .replace(/\.?\n.*$/s, "")
        : String(error);
    throw new UsageError(`${command}: ${message.charAt(0).toLowerCase()}${message.slice(1)} (see: imagegen-conformance help ${command})`);
  }
}

/** A value restricted to a closed set, with the set named when it is wrong. */
export function oneOf<const T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${command}: --${option} must be one of ${allowed.join(", ")}, received ${JSON.stringify(value)}`);
}
