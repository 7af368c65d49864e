import { findFinding, type Readings } from "@imagegen-conformance/core";
import type { OptionSpecs } from "./option-spec.js";
import { UsageError } from "./usage-error.js";

/** `--reading <finding>=<reading>`, repeatable. */
export const readingOption = {
  reading: {
    type: "string",
    multiple: true,
    help: "read a finding another way, as <finding>=<reading> from list findings",
    defaultText: "the reading list findings marks with *",
  },
} as const satisfies OptionSpecs;

/** `--reading <finding>=<reading>` options, checked against the catalogue's findings. */
export function parseReadings(values: string[] | undefined, command: string): Readings {
  const readings: Record<string, string> = {};
  for (const value of values ?? []) {
    const [id = "", name = ""] = value.split("=", 2);
    const finding = findFinding(id);
    if (!finding) throw new UsageError(`${command}: --reading ${JSON.stringify(value)} names no finding (see: imagegen-conformance list findings)`);
    if (!finding.readings.some((reading) => reading.name === name)) {
      throw new UsageError(
        `${command}: finding ${id} has no reading ${JSON.stringify(name)}; expected one of ${finding.readings.map((reading) => reading.name).join(", ")}`,
      );
    }
    readings[id] = name;
  }
  return readings;
}
