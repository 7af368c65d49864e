import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { exitCode } from "../src/cli/exit-code.js";
import { invoke } from "./invoke.js";

const fresh = () => mkdtempSync(join(tmpdir(), "incomplete-cli-"));
const member = (behaviour: string) => `node ${new URL("../../../packages/runner/test/e2e/zoo/member.mjs", import.meta.url).pathname} ${behaviour}`;
const shape = ["--shape", "StatusRequestEnum3"];
const oneLine = (stderr: string) => expect(stderr).toMatch(/^imagegen-conformance: [^\n]+\n$/);

describe("nothing to check, or nothing to check against, is an error, not a pass", () => {
  it("a --case pattern that matches nothing: exit 2, one line saying what matched and what there was", async () => {
    const run = await invoke(["run", "--impl", "reference", "--case", "no/such/**", "--report-dir", fresh()]);
    expect(run.code).toBe(exitCode.usage);
    expect(run.stderr).toBe(`imagegen-conformance: run: no case matches --case no/such/** (${loadCorpus().length} cases in the corpus)\n`);
  });

  it("a shard that holds none of the selected cases: exit 2", async () => {
    const run = await invoke(["run", "--impl", "reference", "--case", "findings/float-index-example#*", "--shard", "2/2", "--report-dir", fresh()]);
    const inFirst = await invoke(["run", "--impl", "reference", "--case", "findings/float-index-example#*", "--shard", "1/2", "--report-dir", fresh()]);
    // The one case is in exactly one of the two shards.
    expect([run.code, inFirst.code].sort()).toEqual([exitCode.ok, exitCode.usage]);
    oneLine(run.code === exitCode.usage ? run.stderr : inFirst.stderr);
    expect(run.stderr + inFirst.stderr).toMatch(/run: shard [12]\/2 holds none of the 1 cases selected/);
  });

  it.each([
    ["run", ["run", "--impl", "reference", ...shape]],
    ["matrix", ["matrix", "--sdk", "openrouter-ts@1.3.19"]],
    ["baseline check", ["baseline", "check", "--log", "/no/such/run.jsonl"]],
  ])("%s with a --baseline file that does not exist: exit 2, before anything runs", async (command, args) => {
    const missing = join(fresh(), "baseline.yaml");
    const run = await invoke([...args, "--baseline", missing, ...(command === "baseline check" ? [] : ["--report-dir", fresh()])]);
    expect(run.code).toBe(exitCode.usage);
    expect(run.stderr).toBe(`imagegen-conformance: ${command}: --baseline ${missing}: no such file (imagegen-conformance baseline update creates it)\n`);
  });

  it("baseline update creates a missing baseline from a complete log", async () => {
    const directory = fresh();
    expect((await invoke(["run", "--impl", "reference", ...shape, "--report-dir", directory])).code).toBe(exitCode.ok);
    const path = join(directory, "new-baseline.yaml");
    const update = await invoke(["baseline", "update", "--baseline", path, "--log", join(directory, "run.jsonl")]);
    expect(update.code).toBe(exitCode.ok);
    expect(existsSync(path)).toBe(true);
  });

  it.each([
    [
      "--report-dir naming a file",
      (file: string) => ["run", "--impl", "reference", ...shape, "--report-dir", file],
      /run: --report-dir .*: expected a directory, received a file/,
    ],
    [
      "report render into a file",
      (file: string) => ["report", "render", file, "--report-dir", file],
      /report render: --report-dir .*: expected a directory, received a file/,
    ],
    [
      "--log naming a directory",
      (file: string) => ["baseline", "check", "--baseline", file, "--log", join(file, "..")],
      /: expected a run log \(a file of JSON lines\), received a directory/,
    ],
    [
      "report merge of a directory",
      (file: string) => ["report", "merge", join(file, ".."), "--report-dir", fresh()],
      /: expected a run log \(a file of JSON lines\), received a directory/,
    ],
    [
      "--baseline naming a directory",
      (file: string) => ["baseline", "check", "--baseline", join(file, ".."), "--log", file],
      /--baseline .*: expected a baseline file, received a directory/,
    ],
  ])("%s: one line, exit 2", async (_name, args, message) => {
    const file = join(fresh(), "a-file");
    writeFileSync(file, "entries: []\n");
    const run = await invoke(args(file));
    expect(run.code).toBe(exitCode.usage);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error/);
  });
});

describe("an incomplete log is never a pass: every command that reads one says so and exits 3", () => {
  let directory: string;
  let cut: string;
  let baseline: string;
  beforeAll(async () => {
    directory = fresh();
    expect((await invoke(["run", "--impl", "reference", ...shape, "--report-dir", directory])).code).toBe(exitCode.ok);
    const lines = readFileSync(join(directory, "run.jsonl"), "utf8").trim().split("\n");
    // The header, the implementation and half the results: what a killed run leaves.
    cut = join(directory, "cut.jsonl");
    writeFileSync(cut, `${lines.slice(0, 2 + Math.floor((lines.length - 3) / 2)).join("\n")}\n`);
    baseline = join(directory, "baseline.yaml");
    writeFileSync(baseline, "entries: []\n");
  });

  it.each([
    ["report render", () => ["report", "render", cut, "--report-dir", fresh()], /^report: incomplete: /m],
    ["report merge", () => ["report", "merge", cut, "--report-dir", fresh()], /^report: incomplete: /m],
    ["baseline check", () => ["baseline", "check", "--baseline", baseline, "--log", cut], /^gate: incomplete: no verdict$/m],
    [
      "baseline update",
      () => ["baseline", "update", "--baseline", baseline, "--log", cut],
      /^baseline update: incomplete: not updating the baseline from it$/m,
    ],
  ])("%s", async (_name, args, said) => {
    const run = await invoke(args());
    expect(run.stdout).toMatch(said);
    expect(run.stdout).toMatch(/no footer: the run was cut short/);
    expect(run.stdout).toMatch(/reference@0\.1\.0 · catalogue: \d+ results of \d+ planned/);
    expect(run.stdout).not.toMatch(/gate: passed/);
    expect(run.code).toBe(exitCode.incomplete);
  });

  it("the complete log reads complete: report render exits 0 and the gate passes", async () => {
    expect((await invoke(["report", "render", join(directory, "run.jsonl"), "--report-dir", fresh()])).code).toBe(exitCode.ok);
    expect((await invoke(["baseline", "check", "--baseline", baseline, "--log", join(directory, "run.jsonl")])).code).toBe(exitCode.ok);
  });

  it("a run with cases the runner could not judge (its reproducers cannot be written) exits 3, not 0 or 1", async () => {
    const reports = fresh();
    // Where the reproducers go is a file: every failure's reproducer write fails.
    writeFileSync(join(reports, "reproducers"), "");
    const run = await invoke(["run", "--harness", member("accept-everything"), ...shape, "--report-dir", reports]);
    expect(run.stdout).toMatch(/^zoo-accept-everything@0\.1\.0 · catalogue .* incomplete +\d+ of \d+ checks judged/m);
    expect(run.stdout).toMatch(/^run: incomplete: no verdict$/m);
    expect(run.code).toBe(exitCode.incomplete);
    const summary = JSON.parse(readFileSync(join(reports, "summary.json"), "utf8"));
    expect(summary).toMatchObject({ complete: false, implementations: [{ verdict: "incomplete" }] });
  });
});
