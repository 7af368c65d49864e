import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const reference = `node ${new URL("../../../packages/runner/bin/reference-harness.js", import.meta.url).pathname}`;
const acceptEverything = `node ${new URL("../../../packages/runner/test/e2e/zoo/member.mjs", import.meta.url).pathname} accept-everything`;
const results = (directory: string) =>
  readFileSync(join(directory, "run.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

describe("imagegen-conformance run", () => {
  it("passes the reference harness on 100% of the corpus, exit 0", () => {
    const directory = mkdtempSync(join(tmpdir(), "run-"));
    const run = runCli(["run", "--harness", reference, "--report-dir", directory, "--seed", "7"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^reference@0\.1\.0 · catalogue +\d+ +0 +0 +0 +0 +0 +0 +0 +conformant +(\d+) of \1 checks judged(; \d+ passed only as its profile allows)?$/m,
    );
    const records = results(directory);
    expect(records[0]).toMatchObject({ type: "header", seed: 7, cases: loadCorpus().length });
    expect(records.filter((record) => record.type === "result").every((record) => record.kind === "passed")).toBe(true);
    expect(records.at(-1)).toMatchObject({ type: "footer", interrupted: false });
  });

  it("fails a harness that accepts everything on exactly the reject cases, naming the unenforced rules, exit 1", () => {
    const directory = mkdtempSync(join(tmpdir(), "run-"));
    const run = runCli(["run", "--harness", acceptEverything, "--report-dir", directory]);
    expect(run.code).toBe(1);
    const rejects = loadCorpus().filter((testCase) => testCase.expect.verdict === "reject");
    const failed = results(directory).filter((record) => record.type === "result" && record.kind === "failed");
    expect(failed.map((record) => record.case).sort()).toEqual(rejects.map((testCase) => testCase.id).sort());
    expect(run.stdout).toMatch(/zoo-accept-everything@0\.1\.0 · catalogue let through values breaking \d+ rules: \S+ \(\d+\)/);
    expect(run.stdout).toMatch(/not conformant +\d+ of \d+ checks judged/m);
  });

  it("marks a harness that cannot start as unavailable, still runs the others, and exits 4: no verdict on it", () => {
    const directory = mkdtempSync(join(tmpdir(), "run-"));
    const run = runCli(["run", "--impl", "reference", "--harness", "python3 /no/such/harness.py", "--shape", "StatusRequestEnum3", "--report-dir", directory]);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/^run: could not start python3 \/no\/such\/harness\.py: exited with code 2 before answering hello/m);
    expect(run.stdout).toMatch(/^reference@0\.1\.0 · catalogue +12 +0 .* conformant +12 of 12 checks judged$/m);
    expect(run.stdout).toMatch(/^python3 \/no\/such\/harness\.py .*unavailable: exited with code 2 before answering hello/m);
  });

  it("lists the in-process implementations", () => {
    const listed = runCli(["list", "impls"]).stdout;
    expect(listed).toMatch(/^reference +--impl \(in-process\) +/m);
    expect(listed).toMatch(/^openrouter-ts@1\.3\.19\/client +--sdk \(typescript\) +@openrouter\/sdk 1\.3\.19$/m);
  });
});
