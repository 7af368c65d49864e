import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { runConformance } from "../run/run-conformance.js";
import { harness } from "../run/target.js";

/** A few cases of every kind a harness meets: items, events, text that is not JSON, a good and a broken stream. */
export function smokeCases(corpus: readonly Case[] = loadCorpus()): Case[] {
  const pick = (prefix: string, count: number) => corpus.filter((testCase) => testCase.id.startsWith(prefix)).slice(0, count);
  return [
    ...pick("rules/ImageGenToolCall/", 3),
    ...pick("rules/ImageGenCallPartialImageEvent/", 2),
    ...pick("rules/ResponseOutputItemDoneEvent/", 2),
    ...pick("json/not-json/", 1),
    ...pick("streams/golden/", 1),
    ...pick("streams/broken/", 1),
  ];
}

export interface SmokeResult {
  label: string | undefined;
  unavailable: string | undefined;
  harnessProblems: number | undefined;
  /** Cases that got no outcome at all. */
  lost: string[];
  /** Checks (a case's decode, encode or stream) that got more than one outcome. */
  repeated: string[];
}

export interface RegisteredHarness {
  id: string;
  version: string;
  command: string;
}

/** The entries of an app's harness.json. */
export function registeredHarnesses(app: string): RegisteredHarness[] {
  return (JSON.parse(readFileSync(join(app, "harness.json"), "utf8")) as { harnesses: RegisteredHarness[] }).harnesses;
}

/**
 * Starts one harness.json entry as the registry would (cwd = the app) on `cases`.
 * What the SDK makes of them is measured by `imagegen-conformance run`; this says only that the harness speaks.
 */
export async function smokeHarness(app: string, entry: RegisteredHarness, cases: readonly Case[] = smokeCases()): Promise<SmokeResult> {
  const seen = new Map<string, number>();
  const summary = await runConformance({
    targets: [harness({ command: entry.command, cwd: app })],
    cases: [...cases],
    seed: 1,
    onOutcome: (_label, task) => seen.set(`${task.testCase.id} ${task.check}`, (seen.get(`${task.testCase.id} ${task.check}`) ?? 0) + 1),
  });
  const [row] = summary.implementations;
  return {
    label: row?.label,
    unavailable: row?.unavailable,
    harnessProblems: row?.harnessProblems,
    lost: cases.filter((testCase) => ![...seen.keys()].some((key) => key.startsWith(`${testCase.id} `))).map((testCase) => testCase.id),
    repeated: [...seen].filter(([, count]) => count > 1).map(([key]) => key),
  };
}
