import { labelParts } from "@imagegen-conformance/core";
import { type BehaviourClass, worse } from "@imagegen-conformance/runner";
import type { ReportData } from "../read/report-data.js";
import { isReference } from "./reference.js";
import { compareVersions } from "./version-trend.js";

/** A stretch of releases, oldest first, over which a behaviour kept one class. */
export interface ClassRun {
  class: BehaviourClass;
  first: string;
  last: string;
}

/** A rule whose class changed between releases: the same runs for each family and entry it names. */
export interface BehaviourChange {
  rule: string;
  families: string[];
  entries: string[];
  runs: ClassRun[];
}

/** One SDK across the releases in the run: what changed, and the releases that could not be measured whole. */
export interface ReleaseTimeline {
  sdk: string;
  releases: string[];
  /** How many of them some entry measured whole. */
  measured: number;
  changes: BehaviourChange[];
  /** Releases (and entries) whose rows were unavailable, incomplete or had harness problems, with why. */
  unmeasured: string[];
}

/**
 * Per SDK with more than one release in the run: each rule whose class differs between releases in which the same
 * entry point measured it. A release that did not test a rule (its shape undeclared then) breaks no run and makes
 * no change: a change is only ever between two measured classes. Shapes with the same rule in one wire family
 * count as one (the most severe), so a type renamed between releases is the same behaviour.
 */
export function releaseTimelines(data: ReportData): ReleaseTimeline[] {
  const bySdk = new Map<string, { releases: Set<string>; unmeasured: string[]; series: Map<string, Map<string, BehaviourClass>> }>();
  const measured = new Map<string, { sdk: string; version: string; entry: string }>();
  for (const implementation of data.implementations) {
    if (isReference(implementation)) continue;
    const description = implementation.record.description;
    const parts = labelParts(implementation.label);
    const sdk = description?.name ?? parts.name;
    const version = description?.version ?? parts.version;
    if (version === undefined) continue;
    const at = bySdk.get(sdk) ?? { releases: new Set<string>(), unmeasured: [] as string[], series: new Map() };
    bySdk.set(sdk, at);
    at.releases.add(version);
    const why = implementation.record.unavailable
      ? `unavailable: ${implementation.record.unavailable}`
      : implementation.incomplete
        ? "incomplete"
        : implementation.harnessProblems > 0
          ? `${implementation.harnessProblems} harness problems`
          : undefined;
    if (why) at.unmeasured.push(`${implementation.label}: ${why}`);
    else measured.set(implementation.label, { sdk, version, entry: description?.entry?.name ?? parts.entry ?? "" });
  }
  for (const behaviour of data.behaviours) {
    const where = measured.get(behaviour.entry);
    if (!where) continue;
    const series = bySdk.get(where.sdk)?.series as Map<string, Map<string, BehaviourClass>>;
    const key = JSON.stringify([behaviour.rule, behaviour.family, where.entry]);
    const classes = series.get(key) ?? new Map<string, BehaviourClass>();
    series.set(key, classes);
    const before = classes.get(where.version);
    classes.set(where.version, before ? worse(before, behaviour.class) : behaviour.class);
  }
  return [...bySdk]
    .filter(([, at]) => at.releases.size > 1)
    .map(([sdk, at]) => ({
      sdk,
      releases: [...at.releases].sort(compareVersions),
      measured: new Set([...measured.values()].filter((where) => where.sdk === sdk).map((where) => where.version)).size,
      changes: changesOf(at.series),
      unmeasured: at.unmeasured.sort((a, b) => a.localeCompare(b, "en")),
    }));
}

function runsOf(classes: ReadonlyMap<string, BehaviourClass>): ClassRun[] {
  const runs: ClassRun[] = [];
  for (const version of [...classes.keys()].sort(compareVersions)) {
    const type = classes.get(version) as BehaviourClass;
    const last = runs.at(-1);
    if (last?.class === type) last.last = version;
    else runs.push({ class: type, first: version, last: version });
  }
  return runs;
}

/** The rules that changed, one change per rule and sequence of runs, the families and entries that share it merged. */
function changesOf(series: ReadonlyMap<string, ReadonlyMap<string, BehaviourClass>>): BehaviourChange[] {
  const merged = new Map<string, BehaviourChange>();
  for (const [key, classes] of series) {
    const runs = runsOf(classes);
    if (runs.length < 2) continue;
    const [rule, family, entry] = JSON.parse(key) as [string, string, string];
    const id = JSON.stringify([rule, runs]);
    const change = merged.get(id) ?? { rule, families: [], entries: [], runs };
    merged.set(id, change);
    if (!change.families.includes(family)) change.families.push(family);
    if (!change.entries.includes(entry)) change.entries.push(entry);
  }
  const first = (change: BehaviourChange) => change.runs[1]?.first ?? "";
  return [...merged.values()]
    .map((change) => ({ ...change, families: change.families.sort(), entries: change.entries.sort() }))
    .sort((a, b) => compareVersions(first(a), first(b)) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
