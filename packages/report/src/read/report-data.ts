import type { Behaviour, HeaderRecord, ImplementationRecord, MeasuredProfile, OutcomeKind, ResultRecord } from "@imagegen-conformance/runner";

export type Counts = Record<OutcomeKind, number>;

/** One shape · check of one implementation: its outcomes, and how many of its passes only the declared profile allowed. */
export interface Cell {
  counts: Counts;
  allowed: number;
}

/** One implementation's row: who it is, how it fared overall and per shape and check. */
export interface ImplementationReport {
  label: string;
  record: ImplementationRecord;
  counts: Counts;
  /** `<shape> <check>` → counts. */
  cells: Map<string, Cell>;
  gatedFailures: number;
  harnessProblems: number;
  /** Its results do not cover its plan, or some could not be judged: no verdict. */
  incomplete: boolean;
  /** Passes allowed by the declared profile, not exact. */
  allowed: number;
  /** Of its results, those on the fuzz campaign's counterexamples (the rest are the corpus's). */
  fuzz: number;
  /** The profile its results showed, beside the one its hello declared (`record.description.profile`). */
  measured?: MeasuredProfile;
}

/** Everything the renderers need, gathered from one or more run logs (shards) and sorted, so equal runs render equally. */
export interface ReportData {
  header?: HeaderRecord;
  implementations: ImplementationReport[];
  /** Outcomes that are not passes or skips, sorted by implementation, case and check. */
  problems: ResultRecord[];
  /** Every result, sorted, when there are few enough to list (JUnit); otherwise undefined. */
  results?: ResultRecord[];
  interrupted: boolean;
  /** Why the report has no verdict, one line each (a log cut short, cases missing, shards missing, cases unjudged); empty when complete. */
  incomplete: string[];
  /** Distinct cases with at least one result: the same for a run and for the merge of its shards. */
  cases: number;
  /** Of those, the fuzz campaign's counterexamples (check "fuzz"): recorded only where an entry failed them. */
  counterexamples: number;
  /** What each entry does with each rule, one per entry, SDK type and rule, from corpus and fuzz results alike. */
  behaviours: Behaviour[];
}
