import { type Behaviour, classInfo, safeName, worse } from "@imagegen-conformance/runner";
import type { ImplementationReport, ReportData } from "../read/report-data.js";
import { coverageOfReport, verdictOf } from "./verdict.js";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * What a badge says and its colour, from the verdict and the behaviours that gate, never from a pass ratio: 278 of
 * 292 passed is not "nearly green" when the 14 failures gate. Every message says what the verdict rests on.
 */
function badgeOf(implementation: ImplementationReport, gating: readonly Behaviour[]): { message: string; color: string } {
  const verdict = verdictOf(implementation);
  if (implementation.record.unavailable !== undefined) return { message: "unavailable", color: "lightgrey" };
  const { judged, total } = coverageOfReport(implementation);
  const checked = `${judged} of ${total} checked`;
  if (verdict === "incomplete") return { message: `incomplete · ${checked}`, color: "orange" };
  if (verdict === "conformant") return { message: `conformant · ${checked}`, color: "brightgreen" };
  const worst = gating.map((behaviour) => behaviour.class).reduce(worse, "enforces");
  const why = [
    gating.length > 0 ? `${plural(gating.length, "gating behaviour")} (worst: ${classInfo[worst].word})` : "",
    implementation.harnessProblems > 0 ? plural(implementation.harnessProblems, "harness problem") : "",
  ].filter(Boolean);
  return { message: `not conformant: ${why.join(", ")} · ${checked}`, color: "red" };
}

/** A shields.io endpoint badge per implementation (https://shields.io/badges/endpoint-badge), by file name. Green only for a complete, conformant run. */
export function renderBadges(data: ReportData): Map<string, string> {
  return new Map(
    data.implementations.map((implementation) => [
      `${safeName(implementation.label)}.json`,
      `${JSON.stringify({
        schemaVersion: 1,
        label: implementation.label,
        ...badgeOf(
          implementation,
          data.behaviours.filter((behaviour) => behaviour.entry === implementation.label && behaviour.gating),
        ),
      })}\n`,
    ]),
  );
}
