import type { OptionSpecs } from "./option-spec.js";
import { oneOf } from "./parse-arguments.js";

/** The case levels, most binding first: a level gates its own failures and those of every level before it. */
export const levels = ["required", "recommended", "optional"] as const;

const defaultLevel = "required";

/** `--level required|recommended|optional`. */
export const levelOption = {
  level: { type: "string", help: `failures of cases up to this level fail an implementation: ${levels.join(", ")}`, defaultText: defaultLevel },
} as const satisfies OptionSpecs;

/** The levels whose failures count, as `--level` names the last of them. */
export function gatedLevels(command: string, value: string | undefined): (typeof levels)[number][] {
  const level = oneOf(command, "level", value, levels, defaultLevel);
  return levels.slice(0, levels.indexOf(level) + 1);
}
