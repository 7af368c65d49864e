import type { Dispute, Finding, Reading } from "../findings/finding.js";
import { findings as allFindings } from "../findings/findings.js";
import type { JsonValue } from "../json/json-value.js";

/** Which reading to take of each finding, by finding id; unnamed findings take their documented reading. */
export type Readings = Readonly<Record<string, string>>;

export interface Ruling {
  enforced: boolean;
  finding?: string;
}

/**
 * Resolves disputed rules under a choice of readings. A rule no finding
 * disputes is always enforced.
 */
export class Judge {
  readonly #disputes = new Map<string, { dispute: Dispute; finding: Finding }[]>();
  readonly #readings: Readings;

  constructor(readings: Readings = {}, findings: readonly Finding[] = allFindings) {
    for (const [id, name] of Object.entries(readings)) {
      const finding = findings.find((candidate) => candidate.id === id);
      if (!finding) throw new RangeError(`unknown finding ${JSON.stringify(id)}`);
      if (!finding.readings.some((reading) => reading.name === name)) {
        throw new RangeError(`finding ${id} has no reading ${JSON.stringify(name)} (it has ${finding.readings.map((reading) => reading.name).join(", ")})`);
      }
    }
    this.#readings = readings;
    for (const finding of findings) {
      for (const dispute of finding.disputes) {
        const list = this.#disputes.get(dispute.rule) ?? [];
        // Disputes scoped to values come first: they are the more specific.
        list.push({ dispute, finding });
        list.sort((left, right) => Number(left.dispute.values === undefined) - Number(right.dispute.values === undefined));
        this.#disputes.set(dispute.rule, list);
      }
    }
  }

  reading(finding: Finding): Reading | undefined {
    const name = this.#readings[finding.id] ?? finding.documented;
    return finding.readings.find((reading) => reading.name === name);
  }

  /** Whether breaking `rule` with `received` makes a value invalid, and which finding decided it. */
  ruling(rule: string, received: unknown): Ruling {
    for (const { dispute, finding } of this.#disputes.get(rule) ?? []) {
      if (dispute.values !== undefined && !dispute.values.some((value) => value === received)) continue;
      return { enforced: this.reading(finding)?.verdict !== "accept", finding: finding.id };
    }
    return { enforced: true };
  }

  /** Whether the rule holds for values in general (scoped disputes aside). */
  enforced(rule: string): boolean {
    const general = this.#disputes.get(rule)?.find(({ dispute }) => dispute.values === undefined);
    return general === undefined || this.reading(general.finding)?.verdict !== "accept";
  }

  /** Values a scoped dispute lets through under the active reading. */
  admitted(rule: string): JsonValue[] {
    return (this.#disputes.get(rule) ?? [])
      .filter(({ dispute, finding }) => dispute.values !== undefined && this.reading(finding)?.verdict === "accept")
      .flatMap(({ dispute }) => [...(dispute.values ?? [])]);
  }

  /** The findings that dispute a rule at all. */
  disputing(rule: string): string[] {
    return (this.#disputes.get(rule) ?? []).map(({ finding }) => finding.id);
  }
}
