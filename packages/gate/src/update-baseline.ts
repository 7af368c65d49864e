import { anyVersion } from "@imagegen-conformance/core";
import { type Document, isMap, isSeq, parseDocument } from "yaml";
import type { Baseline, GateResult } from "./baseline.js";
import { evaluateGate } from "./evaluate-gate.js";
import { failureClass, isCounterexampleEntry } from "./failure-class.js";
import { casePattern, implementationPattern } from "./match-pattern.js";

export interface BaselineUpdate {
  text: string;
  added: number;
  removed: number;
}

const header =
  "# Expected failures, by implementation and case (imagegen-conformance baseline).\n# `imagegen-conformance baseline update` adds new failures and removes entries that no longer match a failure.\n";

/**
 * Rewrites a baseline so the run would pass: exact entries (with the reason as the
 * expected message) for new failures; entries that match nothing, or only passes, removed.
 * Comments and fields of the entries kept are preserved.
 */
export function updateBaseline(text: string, baseline: Baseline, results: readonly GateResult[], today: string): BaselineUpdate {
  // A plain Document, so that new nodes may be set into it.
  const document = parseDocument(text.trim() === "" ? `${header}entries: []\n` : text) as unknown as Document;
  if (!isMap(document.contents)) document.contents = document.createNode({ entries: [] });
  const root = document.contents;
  if (!isMap(root)) throw new Error("unreachable");
  if (!isSeq(root.get("entries", true))) root.set("entries", document.createNode([]));
  const entries = root.get("entries", true);
  if (!isSeq(entries)) throw new Error("unreachable");
  // One entry per block, so diffs of the baseline read line by line.
  entries.flow = false;
  const stale = baseline.entries.map((entry) => {
    const byClass = isCounterexampleEntry(entry.match) && entry.message !== undefined;
    const matched = results.filter(
      (result) =>
        implementationPattern(entry.implementation)(result.implementation) &&
        casePattern(entry.match)(result.key) &&
        result.kind !== "skipped" &&
        (!byClass || failureClass(`${result.kind}: ${result.reason}`).startsWith(entry.message as string)),
    );
    return matched.length === 0 || (entry.status === "failing" && matched.every((result) => result.kind === "passed"));
  });
  for (let index = stale.length - 1; index >= 0; index--) if (stale[index]) entries.items.splice(index, 1);
  const kept = { ...baseline, entries: baseline.entries.filter((_entry, index) => !stale[index]) };
  const news = new Set(
    evaluateGate(results, kept, today).problems.flatMap((problem) => (problem.kind === "new-failure" && problem.result ? [problem.result] : [])),
  );
  const fresh = results.filter((result) => news.has(result));
  // An implementation alone under its name is listed as `<name>@*`, so a new pin shows only the verdicts that changed;
  // one name at several versions side by side (npm aliases) keeps exact labels.
  // One SDK at one entry, whatever its version: the key under which versions are counted.
  const nameOf = (label: string) => anyVersion(label);
  const versions = new Map<string, Set<string>>();
  for (const result of results)
    versions.set(nameOf(result.implementation), (versions.get(nameOf(result.implementation)) ?? new Set()).add(result.implementation));
  const implementationOf = (label: string) => ((versions.get(nameOf(label))?.size ?? 0) === 1 && nameOf(label) !== label ? nameOf(label) : label);
  const written = new Set<string>();
  for (const result of fresh) {
    // Counterexamples by class (see failure-class.ts): one entry per implementation, shape and kind of failure.
    const byClass = isCounterexampleEntry(result.key);
    const entry = {
      implementation: implementationOf(result.implementation),
      match: byClass ? `${result.key.split("/").slice(0, 2).join("/")}/*` : result.key,
      status: "failing",
      message: byClass ? failureClass(`${result.kind}: ${result.reason}`) : `${result.kind}: ${result.reason}`.split("\n")[0]?.slice(0, 100),
    };
    const key = JSON.stringify(entry);
    if (written.has(key)) continue;
    written.add(key);
    const node = document.createNode(entry);
    // What the failure shows the SDK doing, for whoever reads the baseline: "~ lenient", "⊘ rejects valid".
    if (result.behaviour) node.commentBefore = ` ${result.behaviour}`;
    entries.items.push(node);
  }
  const rendered = document.toString({ lineWidth: 0 });
  return { text: rendered.startsWith("#") ? rendered : header + rendered, added: written.size, removed: stale.filter(Boolean).length };
}
