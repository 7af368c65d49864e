import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { invoke as invokeMain } from "./invoke.js";
import { isOneLineUsageError } from "./one-line-error.js";

const directory = mkdtempSync(join(tmpdir(), "file-fuzz-"));
const [testCase] = loadCorpus();
const levels = 3000;
// Values nested thousands deep are written as text: {"nested": n} stands for n brackets, "- " n times for a block list.
const nestedText = (text: string) =>
  text
    .replace(/\{"nested":(\d+)\}/g, (_all, count) => "[".repeat(Number(count)) + "]".repeat(Number(count)))
    .replace(/"blocks:(\d+)"/g, (_all, count) => `\n${"- ".repeat(Number(count))}x\n`);
const deep = fc.oneof(
  fc.nat({ max: 20_000 }).map((count) => ({ nested: count })),
  fc.constant({ nested: levels }),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), deep, fc.string({ maxLength: 12 }));
const write = (name: string, text: string) => {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
};
/** Bad input never ends in an internal error or a stack trace; when it is refused, that is exit 2 and one line. */
const checked = (run: { code: number; stdout: string; stderr: string }) => {
  expect(run.stderr).not.toMatch(/internal error|\n\s+at |Maximum call stack/);
  expect([0, 1, 2]).toContain(run.code);
  if (run.code === 2) expect(isOneLineUsageError(run), run.stderr).toBe(true);
};

describe("replay, fed malformed and deeply nested reproducers (fuzzed, in-process through main)", () => {
  const valid = {
    format: "imagegen-conformance/reproducer@1",
    implementation: "sdk@1",
    reach: { impl: "reference" },
    check: "decode",
    case: testCase,
    outcome: { kind: "failed", reason: "r" },
    seed: 1,
  };
  const keys = [...Object.keys(valid), "__proto__", "constructor", "unenforced"];
  // Some records keep most of a valid one, so the checks deep inside (the case, the reach) are reached too.
  const caseChanges = fc.dictionary(fc.constantFrom(...Object.keys(testCase as object), "extra"), anyValue, { maxKeys: 3 });
  const record = fc
    .tuple(fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 4 }), caseChanges, fc.boolean())
    .map(([changes, inCase, keep]) => (keep ? { ...valid, case: { ...testCase, ...inCase }, ...changes } : changes));

  it("is exit 2 and one line for every reproducer it cannot use, and nothing else", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          record.map((value) => JSON.stringify(value)),
          deep.map((value) => JSON.stringify(value)),
        ),
        async (text) => {
          const run = await invokeMain(["replay", write("reproducer.json", nestedText(text))]);
          checked(run);
          // What replays is a valid record: anything else was refused.
          if (run.code !== 2) expect(run.stdout).toMatch(/^(FIXED|STILL FAILING) /);
        },
      ),
      { numRuns: 250 },
    );
  });

  it.each([
    ["nested thousands deep", `{"format":${"[".repeat(levels)}${"]".repeat(levels)}}`],
    ["a deep case", JSON.stringify({ ...valid, case: { nested: levels } })],
    ["a deep reach", JSON.stringify({ ...valid, reach: { impl: { nested: levels } } })],
  ])("%s is one line, exit 2", async (_name, text) => {
    expect(isOneLineUsageError(await invokeMain(["replay", write("deep.json", nestedText(text))]))).toBe(true);
  });
});

describe("baseline check and run --baseline, fed malformed and deeply nested baselines (fuzzed)", () => {
  let log = "";
  beforeAll(async () => {
    const reports = join(directory, "reports");
    const run = await invokeMain(["run", "--impl", "reference", "--case", testCase?.id ?? "", "--report-dir", reports]);
    expect(run.code, run.stderr).toBe(0);
    log = join(reports, "run.jsonl");
  });

  const entryKeys = ["implementation", "match", "status", "message", "issue", "expires", "max_matches", "bogus"];
  const entry = fc.dictionary(fc.constantFrom(...entryKeys), anyValue, { maxKeys: 5 });
  const baseline = fc.oneof(
    fc
      .record({ entries: fc.oneof(fc.array(entry, { maxLength: 3 }), anyValue), max_matches: anyValue }, { requiredKeys: [] })
      .map((value) => JSON.stringify(value)),
    deep.map((value) => JSON.stringify({ entries: value })),
    fc.nat({ max: 5000 }).map((count) => `entries:"blocks:${count}"`),
    fc.string({ maxLength: 30 }),
  );

  it("baseline check: every baseline it cannot use is exit 2 and one line", async () => {
    await fc.assert(
      fc.asyncProperty(baseline, async (text) => {
        checked(await invokeMain(["baseline", "check", "--baseline", write("baseline.yaml", nestedText(text)), "--log", log]));
      }),
      { numRuns: 250 },
    );
  });

  it("run --baseline: refused before any case runs", async () => {
    const reports = join(directory, "gated");
    await fc.assert(
      fc.asyncProperty(baseline, async (text) => {
        checked(
          await invokeMain([
            "run",
            "--impl",
            "reference",
            "--case",
            testCase?.id ?? "",
            "--baseline",
            write("run-baseline.yaml", nestedText(text)),
            "--report-dir",
            reports,
          ]),
        );
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ["a flow list thousands deep", `entries: ${"[".repeat(levels)}${"]".repeat(levels)}`],
    ["a block list thousands deep", `entries:\n${"- ".repeat(levels)}x\n`],
    ["a mapping thousands deep", `${"{a: ".repeat(levels)}1${"}".repeat(levels)}`],
    ["a key with escape sequences", 'entries:\n  - implementation: x\n    match: y\n    "\\e]0;title\\a": 1\n'],
  ])("%s is one line, exit 2", async (_name, text) => {
    const run = await invokeMain(["baseline", "check", "--baseline", write("deep.yaml", text), "--log", log]);
    expect(isOneLineUsageError(run), run.stderr).toBe(true);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
