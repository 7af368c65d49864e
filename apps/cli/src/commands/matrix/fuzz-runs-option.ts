import type { OptionSpecs } from "../../cli/option-spec.js";
import { parseInteger } from "../../cli/parse-integer.js";

/** `--fuzz-runs <n>` of a command that fuzzes after the corpus (checkTargets), declared with its budget when none is given. */
export const fuzzRunsOption = (fallback: number) =>
  ({
    "fuzz-runs": { type: "string", help: "fuzz inputs put to the same harnesses after the corpus; 0 for none", defaultText: String(fallback) },
  }) as const satisfies OptionSpecs;

/** The budget `--fuzz-runs` gives, or the command's own. */
export const fuzzRunsFrom = (command: string, value: string | undefined, fallback: number): number =>
  parseInteger(command, "fuzz-runs", value, { min: 0, max: 10_000_000 }) ?? fallback;
