import type { ReportData } from "@imagegen-conformance/report";
import { type BehaviourClass, classLabel, classOf, type OutcomeKind, type ResultCheck, type ResultRecord } from "@imagegen-conformance/runner";

/** What one check of one entry came to, as the run log records it. */
export interface ProbeCheck {
  check: ResultCheck;
  outcome: OutcomeKind;
  /** The behaviour class of the outcome; null for skips and the harness's or runner's problems, which are no behaviour. */
  behaviour: BehaviourClass | null;
  behaviourLabel: string | null;
  /** What the user's code received, when the SDK returned a value. */
  received: string | null;
  /** What the entry did with the input, when it answered. */
  behaved: "accept" | "reject" | null;
  /** The reading of an implementation-defined input the behaviour matched. */
  reading?: string;
  /** Rules the input breaks that the entry let through. */
  unenforced?: string[];
  reason: string;
}

/** One SDK entry (or the reference): its checks, or why it could not be started. */
export interface ProbeEntry {
  entry: string;
  /** How it was named (`--sdk <id>`, or the in-process name). */
  target: string;
  unavailable?: string;
  checks: ProbeCheck[];
}

function probeCheck(record: ResultRecord): ProbeCheck {
  const behaviour = classOf(record) ?? null;
  return {
    check: record.check,
    outcome: record.kind,
    behaviour,
    behaviourLabel: behaviour === null ? null : classLabel(behaviour),
    received: record.received ?? null,
    behaved: record.behaved ?? null,
    ...(record.reading === undefined ? {} : { reading: record.reading }),
    ...(record.unenforced === undefined ? {} : { unenforced: record.unenforced }),
    reason: record.reason,
  };
}

/** The entries of a probe's run, in the report's order, each with its results as the log has them. */
export function probeEntries(data: ReportData): ProbeEntry[] {
  const results = data.results ?? [];
  return data.implementations.map((implementation) => ({
    entry: implementation.label,
    target: implementation.record.command ?? implementation.label,
    ...(implementation.record.unavailable === undefined ? {} : { unavailable: implementation.record.unavailable }),
    checks: results.filter((result) => result.implementation === implementation.label).map(probeCheck),
  }));
}
