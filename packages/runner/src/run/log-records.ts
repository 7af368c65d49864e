import type { Expectation, Level } from "@imagegen-conformance/fixtures";
import type { Description } from "../implementation/implementation.js";
import type { Outcome } from "../outcome/outcome.js";
import type { Reach } from "../reproducer/reproducer.js";
import type { Shard } from "./shard.js";

/** The checks a run plans, one task each: a complete log has a result for every one. */
export const taskChecks = ["decode", "encode", "stream"] as const;
export type TaskCheck = (typeof taskChecks)[number];

/**
 * What a result checked. "fuzz": a disagreement found by fuzzing, its case the shrunk
 * counterexample; "protocol": a protocol violation no case could carry, read after the harness stopped;
 * "profile": where the declared profile says what the answers did not (measure-profile.ts).
 */
export const resultChecks = [...taskChecks, "fuzz", "protocol", "profile"] as const;
export type ResultCheck = (typeof resultChecks)[number];

/** The run log's first line: who ran, and the plan a complete log covers. */
export interface HeaderRecord {
  type: "header";
  runner: { name: string; version: string };
  protocol: number;
  started: string;
  seed: number;
  /** How many cases were planned, when they were given as a list. */
  cases?: number;
  /** The ids of those cases, in order. */
  caseIds?: string[];
  /** The slice of the selection this run is, when sharded. */
  shard?: Shard;
  /** The selection before sharding: its size and a digest of its case ids, so shards can be checked to be of one run. */
  selection?: { cases: number; digest: string };
  gated: Level[];
  /** The implementations the run set out to check, by the name each has before it introduces itself (its command). */
  targets?: string[];
  /** A sweep's selection of releases, whole, and the shard of them this run is: so merged shards can be checked. */
  sweep?: SweptHeader;
  [extra: string]: unknown;
}

/** What a sweep set out to check: a family's releases as selected (before sharding), and its shard of them. */
export interface SweptHeader {
  family: string;
  releases: string[];
  shard?: Shard;
}

/** One implementation introduced itself, or could not be started. */
export interface ImplementationRecord {
  type: "implementation";
  implementation: string;
  command?: string;
  /** How to reach it again, as a reproducer does: what a report's rerun lines name. */
  reach?: Reach;
  description?: Description;
  unavailable?: string;
  /** The number of tasks planned for it, when the cases could be counted: a complete log has that many results. */
  planned?: number;
}

/** One outcome. Failing ones carry their input and expectation, so the log alone is enough to report and replay. */
export interface ResultRecord extends Outcome {
  type: "result";
  implementation: string;
  case: string;
  check: ResultCheck;
  shape: string;
  level: Level;
  expect: Expectation["verdict"];
  /** The rules or stream invariants its case tests (fixtures' `testedRules`): what a behaviour is about. */
  tests?: string[];
  /** How long the implementation took over the task, in milliseconds (settle-task.ts); absent where nothing was timed (fuzz, protocol, profile). */
  ms?: number;
  input?: string;
  expected?: Expectation;
}

export interface FooterRecord {
  type: "footer";
  finished: string;
  interrupted: boolean;
  /** The signal that cut the run short, when one did. */
  signal?: string;
  [extra: string]: unknown;
}

export type LogRecord = HeaderRecord | ImplementationRecord | ResultRecord | FooterRecord;
