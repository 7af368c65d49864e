import type { Source } from "../source/source.js";

/** A rule about a whole stream of events, stated as data; `kind` names its checker. */
export type Invariant =
  | { id: string; kind: "increasing"; field: string; description: string; sources: readonly Source[] }
  | { id: string; kind: "consistent"; key: string; description: string; sources: readonly Source[] }
  | { id: string; kind: "contiguous"; field: string; type: string; start: number; description: string; sources: readonly Source[] }
  | { id: string; kind: "ordered"; order: readonly string[]; description: string; sources: readonly Source[] }
  | { id: string; kind: "terminal"; terminal: string; allowed: readonly string[]; description: string; sources: readonly Source[] };

/** One place where a stream breaks an invariant. */
export interface InvariantViolation {
  invariant: string;
  /** Index of the offending event in the stream. */
  index: number;
  message: string;
}
