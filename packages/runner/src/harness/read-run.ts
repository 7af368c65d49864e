import type { ProtocolResult } from "@imagegen-conformance/core";
import { protocolViolation } from "../protocol/validate-message.js";
import type { Request } from "../run/request.js";
import { excerpt } from "./excerpt.js";
import type { Failure, HarnessProcess, NextLine } from "./harness-process.js";
import { type ResultLimits, resultsViolation } from "./results-check.js";

/** A batch to send; `alone` when it is re-run to find the case at fault, so nothing else is in flight beside it. */
export type Item = { batch: readonly Request[]; alone: boolean };
/** A batch sent as run `id`. */
export type Sent = Item & { id: string };

export type Read =
  | { kind: "answered"; run: Sent; results: readonly ProtocolResult[] }
  | {
      kind: "failed";
      failure: Failure;
      /** The runs the failure is charged to (re-run one case at a time unless a single case is surely at fault). */
      blamed: Sent[];
      /** The failure is surely the blamed runs' own (their answer was wrong), not just the oldest run's. */
      certain: boolean;
      /** No case can carry it (a second answer to a run already returned): a violation of the connection. */
      unanswerable: boolean;
    };

const violation = (reason: string): Failure => ({ kind: "harness-error", reason: `protocol violation: ${reason}` });
const idOf = (message: unknown): unknown => (typeof message === "object" && message !== null ? (message as { id?: unknown }).id : undefined);

/**
 * Reads the next line and says what it is: the valid results of a run in flight, or what
 * went wrong and whom to blame. In order or not, results are matched by run id; `ordered`
 * says whom to blame for a failure no line names: the oldest run, or every run in flight.
 */
export async function readRun(
  process: HarnessProcess,
  flight: readonly Sent[],
  answered: ReadonlyMap<string, Sent>,
  everAnswered: ReadonlySet<string>,
  options: ResultLimits & { requestTimeoutMs: number },
  ordered: boolean,
): Promise<Read> {
  const unnamed = (failure: Failure): Read => ({
    kind: "failed",
    failure,
    blamed: ordered ? flight.slice(0, 1) : [...flight],
    certain: false,
    unanswerable: false,
  });
  const next = await process.next(options.requestTimeoutMs);
  if (!next.ok) return unnamed(next);
  let message: unknown;
  try {
    message = JSON.parse(next.line);
  } catch {
    return unnamed({ kind: "harness-error", reason: `wrote a stdout line that is not JSON: ${excerpt(next.line)}` });
  }
  const id = idOf(message);
  const run = flight.find((sent) => sent.id === id);
  const invalid = protocolViolation("results", message);
  if (invalid) {
    const failure = violation(`${invalid}: ${excerpt(next.line)}`);
    return run ? { kind: "failed", failure, blamed: [run], certain: true, unanswerable: false } : unnamed(failure);
  }
  const results = (message as { results: ProtocolResult[] }).results;
  const name = excerpt(String(id));
  if (run) {
    const wrong = resultsViolation(results, run.batch, options);
    if (wrong === undefined) return { kind: "answered", run, results };
    return { kind: "failed", failure: violation(`results for run ${name}: ${wrong}`), blamed: [run], certain: true, unanswerable: false };
  }
  const again = answered.get(id as string);
  if (again)
    return {
      kind: "failed",
      failure: violation(`a second results for run ${name}, already answered: ${excerpt(next.line)}`),
      blamed: [again],
      certain: true,
      unanswerable: false,
    };
  if (everAnswered.has(id as string))
    return {
      kind: "failed",
      failure: violation(`a second results for run ${name}, already judged: ${excerpt(next.line)}`),
      blamed: [],
      certain: true,
      unanswerable: true,
    };
  return unnamed(violation(`results for run ${name}, which is not in flight: ${excerpt(next.line)}`));
}

/** What a line written when nothing was pending (read at close) says about the harness. */
export function lateViolation(next: NextLine, everAnswered: ReadonlySet<string>): string {
  if (!next.ok) return `protocol violation after the last results: ${next.reason}`;
  let id: unknown;
  try {
    id = idOf(JSON.parse(next.line));
  } catch {
    // Not JSON: said below as it came.
  }
  if (typeof id === "string" && everAnswered.has(id))
    return `protocol violation after the last results: a second results for run ${excerpt(id)}: ${excerpt(next.line)}`;
  return `protocol violation after the last results: wrote ${excerpt(next.line)}`;
}
