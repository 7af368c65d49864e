import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { harness, runConformance } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";

// Starts each harness.json entry as the registry would (cwd = this app) on a few cases.
// What the SDK makes of them is measured by `imagegen-conformance run`, not asserted here.
const app = fileURLToPath(new URL("..", import.meta.url));
const registry = JSON.parse(readFileSync(new URL("../harness.json", import.meta.url), "utf8")) as {
  harnesses: { id: string; version: string; command: string }[];
};
const corpus = loadCorpus();
const pick = (prefix: string, count: number) => corpus.filter((testCase) => testCase.id.startsWith(prefix)).slice(0, count);
const cases = [
  ...pick("rules/ImageGenToolCall/", 3),
  ...pick("rules/ImageGenCallPartialImageEvent/", 2),
  ...pick("rules/ResponseOutputItemDoneEvent/", 2),
  ...pick("json/not-json/", 1),
  ...pick("streams/golden/", 1),
  ...pick("streams/broken/", 1),
];

describe.each(registry.harnesses)("$id", ({ version, command }) => {
  it("says hello and gives every case exactly one outcome", async () => {
    const seen = new Map<string, number>();
    const summary = await runConformance({
      targets: [harness({ command, cwd: app })],
      cases,
      seed: 1,
      onOutcome: (_label, task) => seen.set(task.testCase.id, (seen.get(task.testCase.id) ?? 0) + 1),
    });
    const [row] = summary.implementations;
    expect(row?.unavailable).toBeUndefined();
    expect(row?.label).toBe(`openai@${version}`);
    expect(cases.map((testCase) => seen.get(testCase.id))).toEqual(cases.map(() => 1));
    expect(row?.harnessProblems).toBe(0);
  });
});
