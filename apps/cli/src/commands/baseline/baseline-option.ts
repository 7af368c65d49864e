import type { OptionSpecs } from "../../cli/option-spec.js";

/** `--baseline <file>` of a command that checks and then gates (run, matrix): with one, the gate decides the exit code. */
export const gateBaselineOption = {
  baseline: { type: "string", help: "expected failures: the gate passes when every failure is listed and no entry is stale" },
} as const satisfies OptionSpecs;
