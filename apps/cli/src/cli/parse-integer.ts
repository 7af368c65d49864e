import type { OptionSpecs } from "./option-spec.js";
import { UsageError } from "./usage-error.js";

/** An integer option, or a usage error naming the option and what came. */
export function parseInteger(command: string, option: string, value: string | undefined, range: { min?: number; max?: number } = {}): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`${command}: --${option} must be an integer from ${min} to ${max}, received ${JSON.stringify(value)}`);
  }
  return number;
}

/** A seed: the one given, or a fresh one that the caller prints so the run can be replayed. */
export function seedFrom(command: string, value: string | undefined): number {
  return parseInteger(command, "seed", value, { min: -(2 ** 31), max: 2 ** 31 - 1 }) ?? (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
}

/** The seed `matrix` and `sweep` use when none is given: fixed, so the main job and CI give the same matrix run after run. */
export const fixedSeed = 1;

const seedHelp = "the seed of what is generated: fuzz inputs, sampled values, stream chunkings";

/** `--seed <n>` for a command that draws a fresh seed when none is given (seedFrom). */
export const seedOption = { seed: { type: "string", help: seedHelp, defaultText: "random, printed to replay the run" } } as const satisfies OptionSpecs;

/** `--seed <n>` for a command that uses fixedSeed when none is given. */
export const fixedSeedOption = {
  seed: { type: "string", help: seedHelp, defaultText: `${fixedSeed}, fixed so that CI runs repeat` },
} as const satisfies OptionSpecs;
