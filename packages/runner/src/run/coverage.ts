import type { Operation } from "@imagegen-conformance/core";
import { type OutcomeKind, outcomeKinds } from "../outcome/outcome.js";

const operations: readonly Operation[] = ["decode", "encode", "stream"];

/** What a verdict rests on: the checks judged (every outcome but a skip) of those it met, and the operations never offered. */
export interface Coverage {
  judged: number;
  total: number;
  notOffered: Operation[];
  /** Passes whose round trip changed the value in ways only the declared profile allows: allowed, not exact. */
  allowed: number;
}

export function coverageOf(counts: Record<OutcomeKind, number>, offered: readonly Operation[] | undefined, allowed = 0): Coverage {
  const total = outcomeKinds.reduce((sum, kind) => sum + counts[kind], 0);
  return { judged: total - counts.skipped, total, notOffered: offered ? operations.filter((operation) => !offered.includes(operation)) : [], allowed };
}

/** "23 of 438 checks judged; decode, encode not offered": said beside every verdict, so none reads green on what it did not check. */
export function describeCoverage(coverage: Coverage): string {
  const missing = coverage.notOffered.length > 0 ? `; ${coverage.notOffered.join(", ")} not offered` : "";
  const allowed = coverage.allowed > 0 ? `; ${coverage.allowed} passed only as its profile allows` : "";
  return `${coverage.judged} of ${coverage.total} checks judged${allowed}${missing}`;
}

/** The verdict word, defined once for the console and every report: an incomplete run is never "conformant". */
export function verdictWord(state: { unavailable?: string | undefined; incomplete: boolean; conformant: boolean }): string {
  if (state.unavailable !== undefined) return `unavailable: ${state.unavailable}`;
  if (state.incomplete) return "incomplete";
  return state.conformant ? "conformant" : "not conformant";
}
