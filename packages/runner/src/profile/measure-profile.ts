import type { Profile } from "@imagegen-conformance/core";
import { type Dimension, lenient, type Observed } from "./observed.js";

/** What an entry's answers showed on one dimension: how many cases showed each setting, and one of each. */
export interface Measurement {
  /** The one setting every exercising case showed, or "mixed". */
  value: string;
  counts: Record<string, number>;
  examples: Record<string, string>;
}

export type MeasuredProfile = Partial<Record<Dimension, Measurement>>;

/** Gathers, case by case, what each answer showed of the profile. */
export class ProfileTally {
  readonly #seen = new Map<Dimension, { counts: Record<string, number>; examples: Record<string, string> }>();

  add(caseId: string, observed: Observed | undefined): void {
    for (const [dimension, value] of Object.entries(observed ?? {}) as [Dimension, string][]) {
      const seen = this.#seen.get(dimension) ?? { counts: {}, examples: {} };
      seen.counts[value] = (seen.counts[value] ?? 0) + 1;
      // The least id, not the first seen: shards merged in any order name the same example as the whole run.
      const example = seen.examples[value];
      if (example === undefined || caseId < example) seen.examples[value] = caseId;
      this.#seen.set(dimension, seen);
    }
  }

  measured(): MeasuredProfile {
    const measured: MeasuredProfile = {};
    for (const [dimension, seen] of this.#seen) {
      const values = Object.keys(seen.counts);
      measured[dimension] = { value: values.length === 1 ? (values[0] as string) : "mixed", ...seen };
    }
    return measured;
  }
}

/**
 * Where a declared profile says what the answers do not: a strict setting the SDK broke (it changed values the
 * profile says it keeps), or a lenient one it never needed (it lets a change pass that the SDK was not seen to make).
 * Either is the harness's claim against the SDK's behaviour; dimensions no case exercised say nothing.
 */
export function profileMismatches(declared: Profile, measured: MeasuredProfile): { dimension: Dimension; says: string }[] {
  const mismatches: { dimension: Dimension; says: string }[] = [];
  for (const [dimension, measurement] of Object.entries(measured) as [Dimension, Measurement][]) {
    const claimed = declared[dimension];
    const total = Object.values(measurement.counts).reduce((sum, count) => sum + count, 0);
    const loose = lenient[dimension];
    if (dimension === "key_casing") {
      if (measurement.value !== claimed && measurement.value !== "mixed")
        mismatches.push({
          dimension,
          says: `declared key_casing: ${claimed}, but all ${total} outputs came in ${measurement.value} form (e.g. ${measurement.examples[measurement.value]})`,
        });
      continue;
    }
    const shown = measurement.counts[loose] ?? 0;
    if (claimed !== loose && shown > 0)
      mismatches.push({
        dimension,
        says: `declared ${dimension}: ${claimed}, but the SDK showed ${loose} on ${shown} of ${total} cases that exercise it (e.g. ${measurement.examples[loose]})`,
      });
    else if (claimed === loose && shown === 0)
      mismatches.push({
        dimension,
        says: `declared ${dimension}: ${claimed}, which allows more than the SDK does: it showed ${measurement.value} on all ${total} cases that exercise it (e.g. ${Object.values(measurement.examples)[0]})`,
      });
  }
  return mismatches;
}
