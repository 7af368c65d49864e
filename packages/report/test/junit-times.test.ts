import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectReport } from "../src/read/collect-report.js";
import { renderJunit } from "../src/render/junit.js";
import { logHeader } from "./log-header.js";

const header = logHeader(["a", "b", "c"]);
const result = (implementation: string, id: string, extra: object) => ({
  type: "result",
  implementation,
  case: id,
  check: "decode",
  shape: "S",
  level: "required",
  expect: "accept",
  kind: "passed",
  reason: "ok",
  ...extra,
});
const failed = { kind: "failed", reason: "accepted a value that breaks S/x/type", input: "{}" };

/** A run log as the runner writes it: every case timed (`ms`), and a fuzz counterexample that is not. */
function log(): string {
  const path = join(mkdtempSync(join(tmpdir(), "junit-times-")), "run.jsonl");
  const records = [
    header,
    ...["one@1", "two@1"].map((label) => ({ type: "implementation", implementation: label, command: label, planned: 3 })),
    result("one@1", "a", { ms: 0.0123 }),
    result("one@1", "b", { ms: 1.5004, ...failed }),
    result("one@1", "c", { ms: 250.0006, kind: "skipped", reason: "no decode" }),
    result("two@1", "a", { ms: 0.0004 }),
    result("two@1", "b", { ms: 2 }),
    result("two@1", "c", { ms: 3.33333 }),
    result("two@1", "counterexamples/S/x#1", { check: "fuzz", ...failed }),
    { type: "footer", finished: "2026-01-01T00:00:01.000Z", interrupted: false },
  ];
  writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
  return path;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
// Compared in whole microseconds, as the renderer adds them: exact, with no floating-point sum.
const micros = (seconds: string) => Math.round(Number(seconds) * 1_000_000);

describe("renderJunit", () => {
  it("should give each timed testcase a time in seconds and each testsuite the sum of them", async () => {
    const junit = renderJunit(await collectReport([log()]));
    const suites = [...junit.matchAll(/<testsuite [^>]*>([\s\S]*?)<\/testsuite>/g)];
    expect(suites).toHaveLength(2);
    for (const [whole, body] of suites) {
      const total = attribute(whole.slice(0, whole.indexOf(">") + 1), "time");
      expect(total).toMatch(/^\d+\.\d{6}$/);
      const cases = [...(body ?? "").matchAll(/<testcase [^>]*>/g)].map(([tag]) => tag);
      expect(cases).toHaveLength(attribute(whole, "name") === "one@1" ? 3 : 4);
      const times = cases.filter((tag) => !tag.includes('name="counterexamples/')).map((tag) => attribute(tag, "time"));
      for (const time of times) expect(time).toMatch(/^\d+\.\d{6}$/);
      expect(times.reduce((sum, time) => sum + micros(time as string), 0)).toBe(micros(total as string));
    }
    // Seconds, from the log's milliseconds; a failure keeps its time.
    expect(junit).toMatch(/<testcase classname="S" name="a" time="0\.000012"\/>/);
    expect(junit).toMatch(/<testcase classname="S" name="b" time="0\.001500"><failure /);
    expect(junit).toMatch(/<testsuite name="one@1" [^>]* time="0\.251513">/);
    expect(junit).toMatch(/<testsuite name="two@1" [^>]* time="0\.005333">/);
    // What the run did not time says nothing, rather than 0.
    expect(junit).toMatch(/<testcase classname="S" name="counterexamples\/S\/x#1 \(fuzz\)"><failure /);
  });

  it("should write no time at all for a log from before cases were timed", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "junit-times-")), "run.jsonl");
    const records = [
      { ...header, cases: 1, caseIds: ["a"] },
      { type: "implementation", implementation: "old@1", command: "old", planned: 1 },
      result("old@1", "a", {}),
      { type: "footer", finished: "2026-01-01T00:00:01.000Z", interrupted: false },
    ];
    writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
    expect(renderJunit(await collectReport([path]))).not.toMatch(/ time="/);
  });

  it("should refuse a log whose time is not a non-negative number", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "junit-times-")), "run.jsonl");
    const records = [{ ...header, cases: 1, caseIds: ["a"] }, { type: "implementation", implementation: "x@1", command: "x" }, result("x@1", "a", { ms: -1 })];
    writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
    await expect(collectReport([path])).rejects.toThrow(/ms/);
  });
});
