import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectReport } from "../src/read/collect-report.js";
import { renderBadges } from "../src/render/badges.js";
import { renderHtml } from "../src/render/html.js";
import { renderJsonSummary } from "../src/render/json-summary.js";
import { renderJunit } from "../src/render/junit.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { verdictOf } from "../src/render/verdict.js";

const directory = mkdtempSync(join(tmpdir(), "incomplete-"));
let count = 0;

interface Plan {
  ids: string[];
  shard?: { index: number; count: number };
  selection?: number;
  seed?: number;
}

const header = ({ ids, shard, selection, seed = 1 }: Plan) => ({
  type: "header",
  runner: { name: "imagegen-conformance", version: "0.1.0" },
  protocol: 1,
  started: "2026-01-01T00:00:00.000Z",
  seed,
  cases: ids.length,
  caseIds: ids,
  ...(shard ? { shard } : {}),
  ...(selection ? { selection: { cases: selection, digest: "d" } } : {}),
  gated: ["required"],
});
const implementation = (planned: number) => ({ type: "implementation", implementation: "sdk@1", command: "sdk", planned });
const result = (id: string, kind = "passed") => ({
  type: "result",
  implementation: "sdk@1",
  case: id,
  check: "decode",
  shape: "S",
  level: "required",
  expect: "accept",
  kind,
  reason: kind === "unjudged" ? "the runner could not judge this case: judging threw Error: x" : "ok",
});
const footer = (interrupted = false) => ({ type: "footer", finished: "2026-01-01T00:00:01.000Z", interrupted });

function log(records: object[]): string {
  const path = join(directory, `${++count}.jsonl`);
  writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
  return path;
}

const complete = (plan: Plan, answered = plan.ids) => log([header(plan), implementation(plan.ids.length), ...answered.map((id) => result(id)), footer()]);

async function verdict(paths: string[], merge = false) {
  const data = await collectReport(paths, { merge });
  return { data, verdict: data.implementations.map(verdictOf)[0], incomplete: data.incomplete };
}

describe("a log that does not cover its plan is incomplete, and every report says so", () => {
  it("a complete log is conformant, with nothing to say", async () => {
    const { verdict: said, incomplete } = await verdict([complete({ ids: ["a", "b"] })]);
    expect(said).toBe("conformant");
    expect(incomplete).toEqual([]);
  });

  it.each([
    ["no footer", [header({ ids: ["a", "b"] }), implementation(2), result("a"), result("b")], /no footer: the run was cut short/],
    [
      "an interrupted footer",
      [header({ ids: ["a", "b"] }), implementation(2), result("a"), result("b"), { ...footer(true), signal: "SIGTERM" }],
      /interrupted by SIGTERM/,
    ],
    ["fewer results than planned", [header({ ids: ["a", "b"] }), implementation(3), result("a"), result("b"), footer()], /sdk@1: 2 results of 3 planned/],
    [
      "a planned case with no result",
      [header({ ids: ["a", "b"] }), implementation(2), result("a"), result("a"), footer()],
      /sdk@1: no result for 1 planned case \(b\)/,
    ],
    [
      "an unjudged outcome",
      [header({ ids: ["a", "b"] }), implementation(2), result("a"), result("b", "unjudged"), footer()],
      /sdk@1: 1 outcome the runner could not judge/,
    ],
    ["no header", [implementation(0), footer()], /no header/],
  ])("%s", async (_name, records, reason) => {
    const { data, verdict: said, incomplete } = await verdict([log(records)]);
    expect(said).toBe("incomplete");
    expect(incomplete.join("\n")).toMatch(reason);
    // Every report: never green, never "conformant".
    const summary = JSON.parse(renderJsonSummary(data));
    expect(summary).toMatchObject({ complete: false, implementations: [{ verdict: "incomplete" }] });
    expect(summary.incomplete.join("\n")).toMatch(reason);
    const [badge] = [...renderBadges(data).values()].map((text) => JSON.parse(text));
    expect(badge).toMatchObject({ color: "orange", message: expect.stringMatching(/^incomplete · \d+ of \d+ checked$/) });
    expect(renderMarkdown(data)).toMatch(/## ⚠ Incomplete: this run has no verdict/);
    expect(renderMarkdown(data)).not.toMatch(/\| conformant \|/);
    const junit = renderJunit(data);
    expect(junit).toMatch(/<testcase classname="harness" name="complete run"><error type="incomplete"/);
    expect(Number(/errors="(\d+)"/.exec(junit)?.[1])).toBeGreaterThan(0);
    expect(renderHtml(data)).toMatch(/<section id="incomplete" role="alert"><strong>Incomplete: this run has no verdict\.<\/strong>/);
  });

  it("merged shards that cover the run exactly once are complete", async () => {
    const shards = [
      complete({ ids: ["a", "b"], shard: { index: 1, count: 2 }, selection: 3 }),
      complete({ ids: ["c"], shard: { index: 2, count: 2 }, selection: 3 }),
    ];
    const { verdict: said, incomplete } = await verdict(shards, true);
    expect(incomplete).toEqual([]);
    expect(said).toBe("conformant");
  });

  it("an implementation the run set out to check that never started leaves the log incomplete", async () => {
    const path = log([{ ...header({ ids: ["a"] }), targets: ["sdk", "other-sdk"] }, implementation(1), result("a"), footer(true)]);
    const { incomplete } = await verdict([path]);
    expect(incomplete.join("\n")).toMatch(/1 implementation \(other-sdk\) never started: no result for them/);
  });

  it("merged whole runs of different implementations (one CI job each) are complete; of the same one, given twice", async () => {
    const of = (label: string) =>
      log([
        header({ ids: ["a", "b"] }),
        { ...implementation(2), implementation: label },
        ...["a", "b"].map((id) => ({ ...result(id), implementation: label })),
        footer(),
      ]);
    const separate = await collectReport([of("one@1"), of("two@1")], { merge: true });
    expect(separate.incomplete).toEqual([]);
    expect(separate.implementations.map(verdictOf)).toEqual(["conformant", "conformant"]);
    const twice = await collectReport([of("one@1"), of("one@1")], { merge: true });
    expect(twice.incomplete.join("\n")).toMatch(/shard 1\/1 given 2 times/);
  });

  it.each([
    ["a missing shard", [{ ids: ["a", "b"], shard: { index: 1, count: 3 }, selection: 4 }], /missing 2 shards of 3 \(2\/3, 3\/3\)/],
    [
      "a shard given twice",
      [
        { ids: ["a"], shard: { index: 1, count: 2 }, selection: 2 },
        { ids: ["a"], shard: { index: 1, count: 2 }, selection: 2 },
      ],
      /missing 1 shard of 2 \(2\/2\)\nshard 1\/2 given 2 times: .*\n1 case \(a\) planned in more than one log/,
    ],
    [
      "shards of different runs",
      [
        { ids: ["a"], shard: { index: 1, count: 2 }, selection: 2, seed: 1 },
        { ids: ["b"], shard: { index: 2, count: 2 }, selection: 2, seed: 2 },
      ],
      /seed 2, not 1 as in .*: not a shard of the same run/,
    ],
    [
      "shards that plan fewer cases than selected",
      [
        { ids: ["a"], shard: { index: 1, count: 2 }, selection: 3 },
        { ids: ["b"], shard: { index: 2, count: 2 }, selection: 3 },
      ],
      /the shards plan 2 of the 3 cases selected/,
    ],
  ])("merging %s is incomplete, and says which", async (_name, plans, reason) => {
    const { verdict: said, incomplete } = await verdict(
      plans.map((plan) => complete(plan)),
      true,
    );
    expect(said).toBe("incomplete");
    expect(incomplete.join("\n")).toMatch(reason);
  });

  it("merging a complete shard with a killed one names the cases the killed one misses", async () => {
    const whole = complete({ ids: ["a", "b"], shard: { index: 1, count: 2 }, selection: 5 });
    const killed = log([header({ ids: ["c", "d", "e"], shard: { index: 2, count: 2 }, selection: 5 }), implementation(3), result("c")]);
    const { incomplete } = await verdict([whole, killed], true);
    expect(incomplete).toEqual([
      `${killed}: no footer: the run was cut short`,
      `${killed}: sdk@1: 1 results of 3 planned`,
      `${killed}: sdk@1: no result for 2 planned cases (d, e)`,
    ]);
  });
});

describe("a badge's colour comes from the verdict and what gates, never from a pass ratio", () => {
  const badge = async (records: object[]) => JSON.parse([...renderBadges(await collectReport([log(records)])).values()][0] ?? "{}");
  const ids = Array.from({ length: 20 }, (_, index) => `c${index}`);

  it("19 of 20 passed with one gating failure is red, and says why and what it checked", async () => {
    const records = [header({ ids }), implementation(20), ...ids.map((id, index) => result(id, index === 0 ? "failed" : "passed")), footer()];
    expect(await badge(records)).toEqual({
      schemaVersion: 1,
      label: "sdk@1",
      message: "not conformant: 1 gating behaviour (worst: misreads) · 20 of 20 checked",
      color: "red",
    });
  });

  it("conformant is green and says how much it checked, skips included in the total", async () => {
    const records = [header({ ids }), implementation(20), ...ids.map((id, index) => result(id, index < 16 ? "skipped" : "passed")), footer()];
    expect(await badge(records)).toMatchObject({ message: "conformant · 4 of 20 checked", color: "brightgreen" });
  });
});

describe("a report directory written again", () => {
  it("keeps no badge of an earlier run's implementation that this run does not have", async () => {
    const { writeReports } = await import("../src/write-reports.js");
    const { existsSync, mkdirSync, readdirSync } = await import("node:fs");
    const reports = mkdtempSync(join(tmpdir(), "reports-"));
    mkdirSync(join(reports, "badges"));
    writeFileSync(join(reports, "badges", "gone@1.json"), '{"message":"conformant"}');
    await writeReports([complete({ ids: ["a"] })], reports);
    expect(existsSync(join(reports, "badges", "gone@1.json"))).toBe(false);
    expect(readdirSync(join(reports, "badges"))).toEqual(["sdk@1.json"]);
  });
});
