import type { Expectation, Level } from "@imagegen-conformance/fixtures";
import type { Description } from "../implementation/implementation.js";
import type { Outcome } from "../outcome/outcome.js";

/** The run log's first line. */
export interface HeaderRecord {
  type: "header";
  runner: { name: string; version: string };
  protocol: number;
  started: string;
  seed: number;
  cases: number;
  gated: Level[];
  [extra: string]: unknown;
}

/** One implementation introduced itself, or could not be started. */
export interface ImplementationRecord {
  type: "implementation";
  implementation: string;
  command?: string;
  description?: Description;
  unavailable?: string;
}

/** One outcome. Failing ones carry their input and expectation, so the log alone is enough to report and replay. */
export interface ResultRecord extends Outcome {
  type: "result";
  implementation: string;
  case: string;
  /** "fuzz": a disagreement found by fuzzing, its case the shrunk counterexample. */
  check: "decode" | "encode" | "stream" | "fuzz";
  shape: string;
  level: Level;
  expect: Expectation["verdict"];
  input?: string;
  expected?: Expectation;
}

export interface FooterRecord {
  type: "footer";
  finished: string;
  interrupted: boolean;
  [extra: string]: unknown;
}

export type LogRecord = HeaderRecord | ImplementationRecord | ResultRecord | FooterRecord;
