import type { Expectation } from "@imagegen-conformance/fixtures";
import type { Outcome, OutcomeKind } from "../outcome/outcome.js";
import type { BehaviourClass } from "./behaviour-class.js";

/** What a result needs to be classed: its outcome and its case's expectation. */
export type Classable = Pick<Outcome, "kind" | "behaved" | "fidelity" | "unenforced" | "unrecognized"> & {
  expect: Expectation["verdict"];
  expected?: Expectation;
};

/**
 * The one mapping from outcomes onto behaviour classes. Skips and the harness's or runner's problems are no
 * behaviour of the SDK (undefined): they are counted apart, never as something the SDK did.
 */
export const classOf = (result: Classable): BehaviourClass | undefined => byKind[result.kind](result);

// Every outcome kind answers: a new kind does not compile until it says what behaviour it is.
const byKind: Record<OutcomeKind, (result: Classable) => BehaviourClass | undefined> = {
  passed: (result) => (result.fidelity === "allowed" ? "allowed" : "enforces"),
  failed: (result) => failedClass(result),
  errored: () => "crashes",
  skipped: () => undefined,
  "harness-error": () => undefined,
  timeout: () => undefined,
  crashed: () => undefined,
  unjudged: () => undefined,
};

function failedClass(result: Classable): BehaviourClass {
  // Rejecting is wrong only where the value is valid (a reject case fails this way only when its chunkings disagree).
  if (result.behaved === "reject" && result.expect !== "reject") return "rejects-valid";
  if (result.fidelity === "violating") return "loses-data";
  const broken = result.unenforced ?? [];
  // Kept only where the SDK said so: it marked the value unrecognised (an open enum). A closed type that lets it through is lenient.
  if (broken.length > 0 && broken.every((rule) => rule.endsWith("/enum")) && (result.unrecognized?.length ?? 0) > 0) return "keeps-unknown";
  if (result.expect === "reject") return "lenient";
  // Implementation-defined: accepting where no reading accepts lets a bad value through; else the value came back wrong.
  const readings = result.expected?.verdict === "implementation-defined" ? result.expected.readings : [];
  if (result.expect === "implementation-defined" && readings.length > 0 && readings.every((reading) => reading.verdict === "reject")) return "lenient";
  return "misreads";
}
