import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { invoke } from "./invoke.js";
import { isOneLineUsageError } from "./one-line-error.js";
import type { CliRun } from "./run-cli.js";

// The TypeScript SDKs' client entries only: they start in seconds and need no preparation. The reference always runs.
const sdks = ["--sdk", "openai-ts@7.59.0/client", "--sdk", "openrouter-ts@1.3.19/client"];
const bin = new URL("../bin/imagegen-conformance.js", import.meta.url).pathname;
const fresh = () => mkdtempSync(join(tmpdir(), "probe-"));

/** runCli, without blocking: the probes start their harnesses side by side. */
function runCliAsync(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "", GITHUB_STEP_SUMMARY: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** One corpus case by its slug, whatever its hash. */
function corpusCase(slug: string): Case {
  const found = loadCorpus().find((testCase) => testCase.id.startsWith(`${slug}#`));
  if (!found) throw new Error(`no corpus case ${slug}`);
  return found;
}

// A valid item, one breaking a rule, one a finding leaves to the implementation, and a stream.
const cases = [
  corpusCase("rules/ImageGenToolCall/valid/realistic"),
  corpusCase("rules/ImageGenToolCall/status-enum/queued"),
  corpusCase("rules/ImageGenToolCall/status-enum/incomplete"),
  corpusCase("streams/golden/one-call-2-partials"),
  // Readings raw text cannot show (Vercel's reading of a done item with `result: null`): judged by the case as written.
  corpusCase("streams/result-null/completed"),
  corpusCase("findings/real-item-extra-fields"),
];
const taskChecks = new Set(["decode", "encode", "stream"]);

interface ProbeJson {
  shape: string;
  catalogue: { expect: { verdict: string } };
  entries: { entry: string; unavailable?: string; checks: { check: string; outcome: string; behaviour: string | null }[] }[];
}

/** `<entry> <check>` → outcome kind, for one case of a run log. */
function runOutcomes(log: string, caseId: string): Record<string, string> {
  const records = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  const results = records.filter((record) => record.type === "result" && record.case === caseId && taskChecks.has(record.check));
  return Object.fromEntries(results.map((record) => [`${record.implementation} ${record.check}`, record.kind]));
}

function probeOutcomes(probe: ProbeJson): Record<string, string> {
  return Object.fromEntries(
    probe.entries.flatMap((entry) =>
      entry.checks.filter((check) => taskChecks.has(check.check)).map((check) => [`${entry.entry} ${check.check}`, check.outcome]),
    ),
  );
}

describe("imagegen-conformance probe", () => {
  const directory = fresh();
  const table = join(directory, "table.json");
  let run: CliRun;
  let probes: CliRun[];
  let human: CliRun;

  // Every command line at once: each starts its own harnesses, and side by side they cost the slowest one.
  beforeAll(async () => {
    const files = cases.map((testCase, index) => {
      const file = join(directory, `input-${index}`);
      writeFileSync(file, testCase.input);
      return file;
    });
    writeFileSync(table, corpusCase("rules/ImageGenToolCall/status-enum/queued").input);
    [run, human, ...probes] = await Promise.all([
      runCliAsync(["run", "--impl", "reference", ...sdks, ...cases.flatMap((testCase) => ["--case", testCase.id]), "--seed", "1", "--report-dir", directory]),
      runCliAsync(["probe", "--shape", "ImageGenToolCall", "--sdk", "openrouter-ts@1.3.19/client", table]),
      ...cases.map((testCase, index) => runCliAsync(["probe", "--shape", testCase.shape, ...sdks, "--format", "json", files[index] as string])),
    ]);
    // The same hang bound as the project's tests.
  }, 180_000);

  it("should give each SDK entry the outcome run gives it on the same corpus case", () => {
    expect([0, 1], run.stderr).toContain(run.code);
    for (const [index, testCase] of cases.entries()) {
      const probe = probes[index] as CliRun;
      expect(probe.code, probe.stderr).toBe(0);
      const parsed = JSON.parse(probe.stdout) as ProbeJson;
      expect(parsed.shape).toBe(testCase.shape);
      expect(parsed.catalogue.expect.verdict).toBe(testCase.expect.verdict);
      expect(parsed.entries.filter((entry) => entry.unavailable !== undefined)).toEqual([]);
      const expected = runOutcomes(join(directory, "run.jsonl"), testCase.id);
      // Three entries, each with at least its decode or stream check.
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(3);
      expect(probeOutcomes(parsed), testCase.id).toEqual(expected);
    }
  });

  it("should print the catalogue's verdict and a row per check of each entry", () => {
    expect(human.code, human.stderr).toBe(0);
    // The input is a corpus case, so its written expectation is the verdict, and the probe says so.
    expect(human.stdout).toMatch(
      /^catalogue: reject, breaking ImageGenToolCall\/status\/enum \(as corpus case rules\/ImageGenToolCall\/status-enum\/queued#\w+ writes it\)$/m,
    );
    expect(human.stdout).toMatch(/^ENTRY +CHECK +OUTCOME +BEHAVIOUR +RECEIVED +BEHAVED +REASON$/m);
    expect(human.stdout).toMatch(/^reference@0\.1\.0 · catalogue +decode +passed +✓ enforces +- +reject +rejected: /m);
    expect(human.stdout).toMatch(/^@openrouter\/sdk@1\.3\.19 · client +decode +\S+ /m);
  });

  it("should exit 2 with one line for a missing, empty or unservable input, and for an unknown shape", async () => {
    const empty = join(directory, "empty.json");
    writeFileSync(empty, "");
    const notJson = join(directory, "not.json");
    writeFileSync(notJson, "{'type': 1}");
    // In process: each is refused before any harness starts.
    const missing = await invoke(["probe", "--shape", "ImageGenToolCall", "--sdk", "openai-ts@7.59.0/client", join(directory, "no-such.json")]);
    expect(isOneLineUsageError(missing), missing.stderr).toBe(true);
    expect(missing.stderr).toMatch(/cannot read .*no-such\.json: no such file/);
    const emptied = await invoke(["probe", "--shape", "stream", "--sdk", "openai-ts@7.59.0/client", empty]);
    expect(isOneLineUsageError(emptied), emptied.stderr).toBe(true);
    const unservable = await invoke(["probe", "--shape", "ImageGenToolCall", "--sdk", "openai-ts@7.59.0/client", notJson]);
    expect(isOneLineUsageError(unservable), unservable.stderr).toBe(true);
    expect(unservable.stderr).toMatch(/not\.json:1:2: not JSON/);
    const unknown = await invoke(["probe", "--shape", "ImageGenToolCal", notJson]);
    expect(isOneLineUsageError(unknown), unknown.stderr).toBe(true);
    expect(unknown.stderr).toMatch(/did you mean ImageGenToolCall.*expected stream or one of .*OutputImageGenerationCallItem/);
  });
});
