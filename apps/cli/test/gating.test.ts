import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const member = (behaviour: string) => `node ${new URL(`../../../packages/runner/test/e2e/zoo/member.mjs`, import.meta.url).pathname} ${behaviour}`;
const fresh = () => mkdtempSync(join(tmpdir(), "gating-"));

describe("fuzz: a seeded bug is found, shrunk, and replays", () => {
  it("finds the harness that drops a null result, shrinks it to one field beyond the required ones, and the reproducer replays it", () => {
    const directory = fresh();
    const run = runCli([
      "fuzz",
      "--harness",
      member("drop-null-result"),
      "--shape",
      "OutputImageGenerationCallItem",
      "--runs",
      "400",
      "--seed",
      "11",
      "--report-dir",
      directory,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fuzz: seed 11 \(replay with --seed 11\)/m);
    expect(run.stdout).toMatch(/^finding 1: zoo-drop-null-result@0\.1\.0 · catalogue:failed$/m);
    const minimal = JSON.parse(/minimal input \(after \d+ shrink steps, \d+ candidates asked\): (.*)$/m.exec(run.stdout)?.[1] ?? "null");
    expect(minimal.result).toBeNull();
    // type, id and status are required; result is the one field beyond them.
    expect(Object.keys(minimal).sort()).toEqual(["id", "result", "status", "type"]);
    const path = /seed 11, path (\S+)/.exec(run.stdout)?.[1];
    expect(path).toMatch(/^\d+(:\d+)*$/);
    const reproducer = /reproducer: (\S+\.json)/.exec(run.stdout)?.[1] as string;
    const caseFile = /corpus-ready case: (\S+\.json)/.exec(run.stdout)?.[1] as string;
    const [counterexample] = JSON.parse(readFileSync(caseFile, "utf8"));
    expect(counterexample.source).toMatchObject({
      kind: "counterexample",
      found: { seed: 11, path, implementations: ["zoo-drop-null-result@0.1.0 · catalogue"] },
    });
    // The corpus loader accepts the case file as it is written.
    const corpus = fresh();
    writeFileSync(join(corpus, "found.json"), readFileSync(caseFile));
    expect(runCli(["list", "cases", "--corpus", corpus]).code).toBe(0);
    const still = runCli(["replay", reproducer, "--trust-harness"]);
    expect(still.code).toBe(1);
    expect(still.stdout).toMatch(/^STILL FAILING .*: failed: accepted, but the round trip changed it: \/result: null came back absent/m);
    const fixed = runCli(["replay", reproducer, "--harness", member("reference")]);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(/^FIXED /m);
    const again = runCli([
      "fuzz",
      "--harness",
      member("drop-null-result"),
      "--shape",
      "OutputImageGenerationCallItem",
      "--seed",
      "11",
      "--replay-path",
      path as string,
      "--report-dir",
      directory,
    ]);
    expect(again.code).toBe(1);
    expect(JSON.parse(/^input \S+: (.*)$/m.exec(again.stdout)?.[1] ?? "null")).toEqual(minimal);
  });

  it("--decode-only leaves encode out: an encode-only bug is found without it and not with it", () => {
    const common = ["fuzz", "--harness", member("encode-drops-null"), "--shape", "OutputImageGenerationCallItem", "--runs", "300", "--seed", "3"];
    const full = runCli([...common, "--report-dir", fresh()]);
    expect(full.code).toBe(1);
    expect(full.stdout).toMatch(/^ {4}zoo-encode-drops-null@0\.1\.0 · catalogue: failed: .*null came back absent/m);
    const decoding = runCli([...common, "--decode-only", "--report-dir", fresh()]);
    expect(decoding.stdout).toMatch(/fuzz: 300 inputs, 0 distinct disagreements \(seed 3\)/);
    expect(decoding.code).toBe(0);
  });

  it("fuzzes what an entry declares: a one-shape parser gets every input, says so, and its seeded bug is found without --shape", () => {
    const run = runCli(["fuzz", "--harness", member("one-shape-drop-null"), "--runs", "200", "--seed", "11", "--report-dir", fresh()]);
    expect(run.stderr).toMatch(/^fuzz: seed 11 .* over OutputImageGenerationCallItem, as they declare$/m);
    expect(run.stdout).toMatch(/^ {2}zoo-one-shape-drop-null@0\.1\.0 · catalogue: judged 200 of the 200$/m);
    expect(run.stdout).toMatch(/^finding 1: zoo-one-shape-drop-null@0\.1\.0 · catalogue:failed$/m);
    // The replay command names the shapes it fuzzed, so it generates the same inputs whatever the harness declares later.
    const caseFile = /corpus-ready case: (\S+\.json)/.exec(run.stdout)?.[1] as string;
    const [found] = JSON.parse(readFileSync(caseFile, "utf8"));
    expect(found.source.found.command).toMatch(/one-shape-drop-null" --shape OutputImageGenerationCallItem --seed 11 --replay-path /);
    expect(run.code).toBe(1);
    // Beside an implementation of every shape, it judges only its own shape's inputs, and the count says so.
    const both = runCli(["fuzz", "--impl", "reference", "--harness", member("one-shape-drop-null"), "--runs", "200", "--seed", "5", "--report-dir", fresh()]);
    const judged = Number(/^ {2}zoo-one-shape-drop-null@0\.1\.0 · catalogue: judged (\d+) of the 200$/m.exec(both.stdout)?.[1]);
    expect(judged).toBeGreaterThan(0);
    expect(judged).toBeLessThan(50);
    expect(both.stdout).toMatch(/^ {2}reference@\S+ · catalogue: judged 200 of the 200$/m);
  });

  it("finds nothing where the implementations agree with the documents", () => {
    const run = runCli(["fuzz", "--impl", "reference", "--harness", member("reference"), "--runs", "300", "--seed", "5", "--report-dir", fresh()]);
    expect(run.stdout).toMatch(/fuzz: 300 inputs, 0 distinct disagreements \(seed 5\)/);
    expect(run.code).toBe(0);
  });
});

describe("release gating and shards from the command line", () => {
  const shape = ["--shape", "InputImageGenerationCall1"];

  it("fails on failures not in the baseline, passes once they are listed, and names what to change", () => {
    const directory = fresh();
    const baseline = join(directory, "baseline.yaml");
    // A baseline must exist to gate against: a missing one is a usage error (see incomplete.test.ts).
    writeFileSync(baseline, "entries: []\n");
    const first = runCli(["run", "--harness", member("accept-everything"), ...shape, "--report-dir", directory, "--baseline", baseline]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /^gate: new failure: zoo-accept-everything@0\.1\.0 · catalogue rules\/InputImageGenerationCall1\/.* — fix it, or add it to the baseline/m,
    );
    const update = runCli(["baseline", "update", "--baseline", baseline, "--log", join(directory, "run.jsonl")]);
    expect(update.stdout).toMatch(/added \d+, removed 0/);
    const second = runCli(["run", "--harness", member("accept-everything"), ...shape, "--report-dir", directory, "--baseline", baseline]);
    expect(second.stdout).toMatch(/^gate: passed against .* \(\d+ expected failures\)$/m);
    expect(second.code).toBe(0);
    // JUnit agrees with the gate: the failures the baseline expects are skipped, each naming its entry; none is red.
    const expected = Number(/\((\d+) expected failures\)/.exec(second.stdout)?.[1]);
    const junit = readFileSync(join(directory, "junit.xml"), "utf8");
    expect(junit).toMatch(/<testsuite name="zoo-accept-everything@0\.1\.0 · catalogue" tests="\d+" failures="0" errors="0" skipped="\d+" time="[\d.]+">/);
    expect(junit.match(/<skipped message="known failure, expected by baseline entry \d+ \(/g)).toHaveLength(expected);
    expect(junit).not.toMatch(/<failure /);

    // The implementation is fixed: every listed failure is now stale.
    const third = runCli(["run", "--harness", member("reference"), ...shape, "--report-dir", directory, "--baseline", baseline]);
    expect(third.code).toBe(1);
    expect(third.stdout).toMatch(/matches no result in this run: remove it/);
  });

  it("on GitHub Actions, annotates what the gate found and writes the step summary", () => {
    const directory = fresh();
    const baseline = join(directory, "baseline.yaml");
    // One stale entry (a case that passes) and no entry for the failures: both kinds of annotation.
    writeFileSync(baseline, 'entries:\n  - implementation: "*"\n    match: rules/InputImageGenerationCall1/valid/realistic*\n    status: failing\n');
    const summary = join(directory, "step-summary.md");
    const env = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary };
    const run = runCli(["run", "--harness", member("accept-everything"), ...shape, "--report-dir", directory, "--baseline", baseline], "", { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::warning title=imagegen-conformance gate%3A now-passes::entry 1 \(\* rules\/InputImageGenerationCall1\/valid\/realistic\*\) expects .* to fail, but it now passes/m,
    );
    expect(run.stdout).toMatch(
      /^::error title=imagegen-conformance gate%3A new-failure::new failure: zoo-accept-everything@0\.1\.0 · catalogue rules\/InputImageGenerationCall1\//m,
    );
    // Every annotation is one line: a message can never end the command early.
    for (const line of run.stdout.split("\n").filter((text) => text.startsWith("::"))) expect(line).toMatch(/^::(error|warning) title=[^:]+::\S/);
    expect(readFileSync(summary, "utf8")).toMatch(/^# imagegen-conformance\n/);
    // Outside a job, neither.
    const plain = runCli(["run", "--harness", member("accept-everything"), ...shape, "--report-dir", fresh(), "--baseline", baseline]);
    expect(plain.stdout).not.toMatch(/^::/m);
  });

  it("splits a run into shards that merge into exactly the unsharded report", () => {
    const whole = fresh();
    const parts = [fresh(), fresh(), fresh()];
    const common = ["--harness", member("accept-everything"), "--impl", "reference", "--seed", "9"];
    runCli(["run", ...common, "--report-dir", whole]);
    for (const [index, directory] of parts.entries()) runCli(["run", ...common, "--shard", `${index + 1}/3`, "--report-dir", directory]);
    const counts = parts.map(
      (directory) =>
        readFileSync(join(directory, "run.jsonl"), "utf8")
          .split("\n")
          .filter((line) => line.includes('"type":"result"')).length,
    );
    expect(counts.every((count) => count > 0)).toBe(true);
    const merged = fresh();
    expect(runCli(["report", "merge", ...parts.map((directory) => join(directory, "run.jsonl")), "--report-dir", merged]).code).toBe(0);
    // JUnit's times are measured, so they differ from run to run; everything else is the same.
    const untimed = (path: string) => readFileSync(path, "utf8").replaceAll(/ time="[\d.]+"/g, "");
    for (const file of ["summary.json", "summary.md", "junit.xml", "report.html"]) expect(untimed(join(merged, file)), file).toBe(untimed(join(whole, file)));
    expect(readdirSync(join(merged, "badges")).sort()).toEqual(readdirSync(join(whole, "badges")).sort());
  });

  it.each([
    ["baseline.yaml", "entries:\n  - match: rules/x\n", /^imagegen-conformance: .*baseline\.yaml:2:5: entries\[0\] needs "implementation"\n$/],
    [
      "run.jsonl",
      '{"type":"header","runner":{"name":"imagegen-conformance","version":"0.1.0"},"protocol":1,"started":"2026-01-01T00:00:00Z","seed":1,"gated":["required"]}\nnot json\n',
      /^imagegen-conformance: .*run\.jsonl:2: not JSON: /,
    ],
    [
      "reproducer.json",
      '{"format":"something else"}',
      /^imagegen-conformance: .*reproducer\.json: \/format: expected "imagegen-conformance\/reproducer@1", received "something else"\n$/,
    ],
  ])("a malformed %s is one line with its location, exit 2", (name, text, message) => {
    const path = join(fresh(), name);
    writeFileSync(path, text);
    const args =
      name === "baseline.yaml"
        ? ["run", "--impl", "reference", "--baseline", path, "--report-dir", fresh()]
        : name === "run.jsonl"
          ? ["report", "render", path, "--report-dir", fresh()]
          : ["replay", path];
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });
});
