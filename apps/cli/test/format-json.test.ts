import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { releaseCache } from "./release-cache.js";
import { runCli } from "./run-cli.js";

const fresh = () => mkdtempSync(join(tmpdir(), "format-json-"));

describe("--format json", () => {
  it("list: the listing as data, rows keyed by their columns", () => {
    const shapes = JSON.parse(runCli(["list", "shapes", "--format", "json"]).stdout) as { name: string; kind: string }[];
    expect(shapes).toContainEqual(expect.objectContaining({ name: "ImageGenToolCall", kind: "item" }));
    const findings = JSON.parse(runCli(["list", "findings", "--format", "json"]).stdout) as { id: string; readings: unknown[] }[];
    expect(findings.every((finding) => finding.readings.length > 0)).toBe(true);
  });

  it("run and matrix: stdout is the summary.json document alone; what a person reads goes to stderr", () => {
    const run = runCli(["run", "--impl", "reference", "--shape", "StatusRequestEnum3", "--report-dir", fresh(), "--format", "json"]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { complete: boolean; implementations: { label: string; verdict: string }[] };
    expect(summary.complete).toBe(true);
    expect(summary.implementations).toEqual([expect.objectContaining({ label: "reference@0.1.0 · catalogue", verdict: "conformant" })]);
    expect(run.stderr).toMatch(/^ +– reference@0\.1\.0 · catalogue .* conformant$/m);

    const matrix = runCli(["matrix", "--sdk", "openai-go@v3.99.0/json.Unmarshal", "--fuzz-runs", "0", "--report-dir", fresh(), "--format", "json"]);
    expect(matrix.code, matrix.stderr).toBe(0);
    const labels = (JSON.parse(matrix.stdout) as { implementations: { label: string }[] }).implementations.map((entry) => entry.label);
    expect(labels).toContain("github.com/openai/openai-go/v3@v3.99.0 · json.Unmarshal");
  }, 300_000);

  it("sweep: the summary of every release's rows", () => {
    const args = ["sweep", "--sdk", "openai-go", "--releases", "v3.99.0", "--cache-dir", releaseCache, "--report-dir", fresh(), "--format", "json"];
    const sweep = runCli(args);
    expect(sweep.code, sweep.stderr).toBe(0);
    expect(sweep.stderr).toContain("github.com/openai/openai-go/v3@v3.99.0 · client: available");
    const labels = (JSON.parse(sweep.stdout) as { implementations: { label: string }[] }).implementations.map((entry) => entry.label);
    expect(labels).toEqual(["github.com/openai/openai-go/v3@v3.99.0 · client", "github.com/openai/openai-go/v3@v3.99.0 · json.Unmarshal"]);
  }, 300_000);

  it("fuzz: the campaign as data: inputs, what each judged, the disagreements with their replay", () => {
    const zoo = `node ${new URL("../../../packages/runner/test/e2e/zoo/member.mjs", import.meta.url).pathname} accept-everything`;
    const fuzz = runCli([
      "fuzz",
      "--impl",
      "reference",
      "--harness",
      zoo,
      "--shape",
      "ImageGenToolCall",
      "--runs",
      "30",
      "--seed",
      "5",
      "--report-dir",
      fresh(),
      "--format",
      "json",
    ]);
    expect(fuzz.code).toBe(1);
    const campaign = JSON.parse(fuzz.stdout) as { seed: number; inputs: number; disagreements: { replay: string; shape: string }[]; couldNotStart: number };
    expect(campaign).toMatchObject({ seed: 5, inputs: 30, couldNotStart: 0 });
    expect(campaign.disagreements.length).toBeGreaterThan(0);
    expect(campaign.disagreements[0]?.replay).toMatch(/^--seed 5 --replay-path \d+(:\d+)*$/);
  }, 120_000);

  it("anything but human or json is a usage error, one line, exit 2", () => {
    const bad = runCli(["list", "shapes", "--format", "yaml"]);
    expect([bad.code, bad.stderr]).toEqual([2, 'imagegen-conformance: list: --format must be one of human, json, received "yaml"\n']);
  });
});
