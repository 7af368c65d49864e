import type { JsonValue } from "../json/json-value.js";
import type { Source } from "../source/source.js";

/** One way to read a contradiction, with the documents that support it. */
export interface Reading {
  name: string;
  /** The verdict on a value that breaks the disputed rules; absent when the reading is about round-trips only. */
  verdict?: "accept" | "reject";
  says: string;
  sources: readonly Source[];
}

/** A rule whose verdict depends on the reading, optionally only for some values. */
export interface Dispute {
  rule: string;
  values?: readonly JsonValue[];
}

/**
 * A place where the documents contradict themselves or each other. It is data
 * the toolkit reports: the catalogue applies `documented` by default and says so.
 */
export interface Finding {
  id: string;
  title: string;
  shapes: readonly string[];
  disputes: readonly Dispute[];
  readings: readonly Reading[];
  /** The reading the catalogue applies unless told otherwise. */
  documented: string;
  /** Why that reading is the default. */
  because: string;
}
