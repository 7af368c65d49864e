import type { Baseline, BaselineEntry, GateResult } from "./baseline.js";
import { failureClass, isCounterexampleEntry } from "./failure-class.js";
import { casePattern, implementationPattern } from "./match-pattern.js";

export interface GateProblem {
  kind: "new-failure" | "now-passes" | "matches-nothing" | "too-broad" | "expired" | "message-changed";
  /** What is wrong and what to change, in one line. */
  message: string;
  /** The result a new failure is about. */
  result?: GateResult;
}

export interface GateVerdict {
  ok: boolean;
  problems: GateProblem[];
  /** Failures the baseline expected. */
  expected: number;
  /** Each expected failure, with the entry that expects it ("entry 12 (sdk@* rules/…)"): what a CI report shows instead of a red test. */
  known: Map<GateResult, string>;
}

const failing = (kind: string) => kind !== "passed" && kind !== "skipped";
const name = (entry: BaselineEntry, index: number) => `entry ${index + 1} (${entry.implementation} ${entry.match})`;

/** Checks a run's results (`message` is compared with "<kind>: <reason>") against a baseline: the run fails on exactly the conditions listed in the problems. */
export function evaluateGate(results: readonly GateResult[], baseline: Baseline, today: string): GateVerdict {
  const problems: GateProblem[] = [];
  const covered = new Set<GateResult>();
  const known = new Map<GateResult, string>();
  baseline.entries.forEach((entry, index) => {
    const onImplementation = implementationPattern(entry.implementation);
    const onCase = casePattern(entry.match);
    // A counterexample entry is a class: it covers the failures that say what it says, and may find none (fuzzing explores).
    const byClass = isCounterexampleEntry(entry.match) && entry.message !== undefined;
    const inClass = (result: GateResult) => !byClass || failureClass(`${result.kind}: ${result.reason}`).startsWith(entry.message as string);
    const matched = results.filter((result) => onImplementation(result.implementation) && onCase(result.key) && result.kind !== "skipped" && inClass(result));
    const cap = entry.max_matches ?? baseline.max_matches;
    if (entry.expires !== undefined && entry.expires < today)
      problems.push({ kind: "expired", message: `${name(entry, index)} expired on ${entry.expires}: fix the failure, or move expires later on purpose` });
    if (matched.length === 0 && !byClass)
      problems.push({ kind: "matches-nothing", message: `${name(entry, index)} matches no result in this run: remove it (baseline update does)` });
    if (matched.length > cap)
      problems.push({
        kind: "too-broad",
        message: `${name(entry, index)} matches ${matched.length} results, more than max_matches ${cap}: narrow the pattern`,
      });
    for (const result of matched) {
      covered.add(result);
      if (failing(result.kind)) known.set(result, name(entry, index));
      if (entry.status === "flaky") continue;
      if (!failing(result.kind))
        problems.push({
          kind: "now-passes",
          message: `${name(entry, index)} expects ${result.implementation} ${result.key} to fail, but it now passes: remove it from the baseline`,
        });
      else if (!byClass && entry.message !== undefined && !`${result.kind}: ${result.reason}`.startsWith(entry.message)) {
        const said = `${result.kind}: ${result.reason}`.slice(0, 100);
        problems.push({
          kind: "message-changed",
          message: `${result.implementation} ${result.key} now says "${said}", not "${entry.message}…" as ${name(entry, index)} expects: check the change, then update the baseline`,
        });
      }
    }
  });
  for (const result of results) {
    if (failing(result.kind) && !covered.has(result)) {
      problems.push({
        kind: "new-failure",
        result,
        message: `new failure: ${result.implementation} ${result.key}${result.behaviour ? ` (${result.behaviour})` : ""}: ${result.kind}: ${result.reason.split("\n")[0]?.slice(0, 160)} — fix it, or add it to the baseline (imagegen-conformance baseline update)`,
      });
    }
  }
  return { ok: problems.length === 0, problems, expected: known.size, known };
}
