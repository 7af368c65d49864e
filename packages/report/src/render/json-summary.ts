import { behaviourClasses } from "@imagegen-conformance/runner";
import type { ImplementationReport, ReportData } from "../read/report-data.js";
import { releaseTimelines } from "../view/release-timeline.js";
import { totalsOf } from "../view/totals.js";
import { coverageOfReport, verdictOf } from "./verdict.js";

/** Each measured dimension's setting ("mixed" where cases differ) with how many cases showed each, in a stable order. */
export const measuredValues = (measured: ImplementationReport["measured"]) =>
  Object.fromEntries(
    Object.entries(measured ?? {})
      .sort(([left], [right]) => left.localeCompare(right, "en"))
      .map(([dimension, measurement]) => [dimension, { value: measurement.value, counts: measurement.counts }]),
  );

/** The machine-readable summary: per implementation, its totals, counts per shape and check, and verdict; then every behaviour, and the release timelines of a sweep. */
export function renderJsonSummary(data: ReportData): string {
  const totals = new Map(totalsOf(data).map((entry) => [entry.label, entry]));
  // A run of several releases of one SDK (a sweep) says what changed between them, as summary.md does.
  const timelines = releaseTimelines(data);
  const summary = {
    seed: data.header?.seed,
    cases: data.cases,
    counterexamples: data.counterexamples,
    gated: data.header?.gated,
    interrupted: data.interrupted,
    complete: data.incomplete.length === 0,
    incomplete: data.incomplete,
    implementations: data.implementations.map((implementation) => ({
      label: implementation.label,
      ...(implementation.record.description
        ? {
            name: implementation.record.description.name,
            version: implementation.record.description.version,
            language: implementation.record.description.language,
          }
        : {}),
      verdict: verdictOf(implementation),
      coverage: coverageOfReport(implementation),
      ...(implementation.record.description
        ? { profile: { declared: implementation.record.description.profile, measured: measuredValues(implementation.measured) } }
        : {}),
      // The same totals as the console, summary.md, JUnit and the HTML: results, and behaviours by class.
      results: totals.get(implementation.label)?.results,
      behaviours: totals.get(implementation.label)?.behaviours,
      gating: totals.get(implementation.label)?.gating,
      harnessProblems: totals.get(implementation.label)?.harness,
      counts: implementation.counts,
      // Each cell's outcome counts, and how many of its passes only the declared profile allowed.
      cells: Object.fromEntries([...implementation.cells].sort(([left], [right]) => left.localeCompare(right, "en"))),
    })),
    behaviours: data.behaviours.map((behaviour) => ({
      entry: behaviour.entry,
      sdkType: behaviour.sdkType,
      family: behaviour.family,
      rule: behaviour.rule,
      class: behaviour.class,
      gating: behaviour.gating,
      // In the classes' own order, so a merged run and the whole run write the same text.
      classes: Object.fromEntries(behaviourClasses.flatMap((type) => (behaviour.classes[type] ? [[type, behaviour.classes[type]]] : []))),
      corpus: behaviour.corpus,
      fuzz: behaviour.fuzz,
      shapes: behaviour.shapes,
      example: { case: behaviour.example.case, check: behaviour.example.check, kind: behaviour.example.kind, reason: behaviour.example.reason },
    })),
    ...(timelines.length > 0 ? { timelines } : {}),
  };
  return `${JSON.stringify(summary, null, 2)}\n`;
}
