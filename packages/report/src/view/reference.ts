import type { Behaviour } from "@imagegen-conformance/runner";
import type { ImplementationReport, ReportData } from "../read/report-data.js";

/**
 * The in-process reference is the catalogue answering for itself: its results are the expected verdicts, so it
 * is counted with the others but is no column of the cross-SDK matrix, and never makes the SDKs "disagree".
 */
export const isReference = (implementation: Pick<ImplementationReport, "record">): boolean => implementation.record.command === "reference";

/** The behaviours of the SDK entries: the reference's left out. */
export function sdkBehaviours(data: ReportData): Behaviour[] {
  const reference = new Set(data.implementations.filter(isReference).map((implementation) => implementation.label));
  return data.behaviours.filter((behaviour) => !reference.has(behaviour.entry));
}
