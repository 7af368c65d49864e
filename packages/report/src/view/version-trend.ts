import { type BehaviourClass, behaviourClasses } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { isReference } from "./reference.js";

/** One version of an SDK in the run: its gating behaviours by class, summed over its entries. */
export interface VersionPoint {
  version: string;
  entries: string[];
  gating: Record<BehaviourClass, number>;
  total: number;
  /** Why the count may be short: an entry unavailable, incomplete, or with harness problems. Empty when it is whole. */
  short: string[];
}

/** Versions compared as numbers where they are numbers ("0.10.2" after "0.9.1"), a leading "v" ignored. */
export const compareVersions = (a: string, b: string): number => {
  const parts = (version: string) => version.replace(/^v/, "").split(/[.-]/);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const [x, y] = [left[index] ?? "", right[index] ?? ""];
    const order = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y, "en");
    if (order !== 0) return order;
  }
  return 0;
};

/** Per SDK (its hello's name), its versions in the run, oldest first: where a regression between releases shows. */
export function versionTrend(data: ReportData): Map<string, VersionPoint[]> {
  const trend = new Map<string, Map<string, VersionPoint>>();
  for (const implementation of data.implementations) {
    const description = implementation.record.description;
    if (!description || isReference(implementation)) continue;
    const versions = trend.get(description.name) ?? new Map<string, VersionPoint>();
    trend.set(description.name, versions);
    const point = versions.get(description.version) ?? {
      version: description.version,
      entries: [],
      gating: Object.fromEntries(behaviourClasses.map((type) => [type, 0])) as Record<BehaviourClass, number>,
      total: 0,
      short: [],
    };
    versions.set(description.version, point);
    point.entries.push(implementation.label);
    if (implementation.record.unavailable) point.short.push(`${implementation.label} unavailable`);
    else if (implementation.incomplete) point.short.push(`${implementation.label} incomplete`);
    else if (implementation.harnessProblems > 0) point.short.push(`${implementation.label}: ${implementation.harnessProblems} harness problems`);
    for (const behaviour of data.behaviours)
      if (behaviour.entry === implementation.label && behaviour.gating) {
        point.gating[behaviour.class]++;
        point.total++;
      }
  }
  return new Map([...trend].map(([name, versions]) => [name, [...versions.values()].sort((a, b) => compareVersions(a.version, b.version))]));
}
