import { readFileSync, statSync } from "node:fs";
import { type GateResult, type GateVerdict, parseBaseline } from "@imagegen-conformance/gate";
import type { KnownFailure, ReportData } from "@imagegen-conformance/report";
import { classLabel, classOf, type ResultRecord } from "@imagegen-conformance/runner";
import { UsageError } from "../../cli/usage-error.js";

/** How a baseline names a result: its case id, with `@encode` for an encode check. */
const gateKey = (result: ResultRecord): string => (result.check === "encode" ? `${result.case}@encode` : result.case);

/** The failures a gate found expected, by result: the baseline entry that expects each. */
export function knownFailures(verdict: GateVerdict): KnownFailure {
  const known = new Map([...verdict.known].map(([result, entry]) => [`${result.implementation}\u0000${result.key}`, entry]));
  return (result) => known.get(`${result.implementation}\u0000${gateKey(result)}`);
}

/** Every result of collected run logs (collected with no listing limit), as gating sees them, and every implementation that could not start. */
export function gateResults(data: ReportData): GateResult[] {
  return [
    ...(data.results ?? data.problems).map((result) => {
      const behaviour = classOf(result);
      return {
        implementation: result.implementation,
        key: gateKey(result),
        kind: result.kind,
        reason: result.reason,
        ...(behaviour && behaviour !== "enforces" ? { behaviour: classLabel(behaviour) } : {}),
      };
    }),
    ...data.implementations.flatMap((implementation) =>
      implementation.record.unavailable === undefined
        ? []
        : [{ implementation: implementation.label, key: "(start)", kind: "harness-error", reason: `unavailable: ${implementation.record.unavailable}` }],
    ),
  ];
}

/**
 * A baseline file's text and parsed form. A missing file is an error (a mistyped path must not gate
 * as an empty baseline), unless `create`: then it is an empty baseline, to be written.
 */
export function loadBaseline(command: string, path: string, create = false) {
  let kind: string | undefined;
  try {
    kind = statSync(path).isFile() ? "file" : statSync(path).isDirectory() ? "a directory" : "not a regular file";
  } catch {
    kind = undefined;
  }
  if (kind === undefined && !create) throw new UsageError(`${command}: --baseline ${path}: no such file (imagegen-conformance baseline update creates it)`);
  if (kind !== undefined && kind !== "file") throw new UsageError(`${command}: --baseline ${path}: expected a baseline file, received ${kind}`);
  let text = "";
  try {
    text = kind === undefined ? "" : readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`${command}: --baseline ${path}: cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return { text, baseline: parseBaseline(text, path) };
}

export const today = () => new Date().toISOString().slice(0, 10);
