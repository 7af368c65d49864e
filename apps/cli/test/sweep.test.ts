import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { releaseCache as cache, sweptReleases } from "./release-cache.js";
import { runCli } from "./run-cli.js";

const fresh = () => mkdtempSync(join(tmpdir(), "sweep-"));
const releases = ["--sdk", "openrouter-ts", "--releases", sweptReleases, "--cache-dir", cache];
/** The timeline's lines: its heading, then its indented changes and unmeasured rows. */
function timeline(stdout: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => line.startsWith("@openrouter/sdk, 2 releases"));
  const end = lines.findIndex((line, index) => index > start && !line.startsWith("  "));
  return lines.slice(start, end);
}

describe("sweep", () => {
  it("installs each release into the cache, runs every entry point it has, and says which release changed what", () => {
    const directory = fresh();
    const swept = runCli(["sweep", ...releases, "--report-dir", directory]);
    expect(swept.stderr).toMatch(/^sweep: @openrouter\/sdk from npm: 2 of \d+ published releases \(0\.10\.2,0\.11\.2\)/m);
    expect(swept.code, swept.stderr).toBe(0);
    for (const entry of ["0.10.2 · client", "0.10.2 · fromJSON", "0.11.2 · client", "0.11.2 · fromJSON"])
      expect(swept.stdout).toContain(`  @openrouter/sdk@${entry}: available\n`);
    expect(swept.stdout).toMatch(/^@openrouter\/sdk, 2 releases \(0\.10\.2 … 0\.11\.2\): \d+ behaviours changed between the 2 measured$/m);
    // Each release's rows come from its own hello: the seed-era release reads the item as its seed type.
    const log = readFileSync(join(directory, "run.jsonl"), "utf8");
    expect(log).toContain('"shapes":{"ResponsesImageGenerationCall":"ResponsesImageGenerationCall"');
    // Each row is reached again by its release id, never by the path of this machine's cache.
    expect(log).toContain('"reach":{"sdk":"openrouter-ts@0.10.2/fromJSON"}');
    const records = log.split("\n").filter((line) => line !== "" && ["implementation", "result"].includes((JSON.parse(line) as { type: string }).type));
    expect(records.length).toBeGreaterThan(4);
    expect(records.filter((line) => line.includes(cache))).toEqual([]);
    expect(readFileSync(join(directory, "summary.md"), "utf8")).toContain("### What changed between releases of @openrouter/sdk");

    // Shards of releases, merged, are the same sweep: the same timeline.
    const shards = [1, 2].map((index) => {
      const shard = fresh();
      const run = runCli(["sweep", ...releases, "--shard", `${index}/2`, "--report-dir", shard]);
      expect(run.code, run.stderr).toBe(0);
      return join(shard, "run.jsonl");
    });
    const merged = runCli(["report", "merge", ...shards, "--report-dir", fresh()]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(timeline(merged.stdout).length).toBeGreaterThan(1);
    expect(timeline(merged.stdout)).toEqual(timeline(swept.stdout));
  }, 600_000);

  it("a release that cannot be imported is a row with its reason, and the sweep still runs the rest", () => {
    const broken = fresh();
    cpSync(join(cache, "openrouter-ts", "0.10.2"), join(broken, "openrouter-ts", "0.10.2"), { recursive: true });
    // Installed, by its marker, but with its package gone.
    mkdirSync(join(broken, "openrouter-ts", "0.11.2"), { recursive: true });
    writeFileSync(join(broken, "openrouter-ts", "0.11.2", ".sweep-installed"), "{}\n");
    const swept = runCli(["sweep", "--sdk", "openrouter-ts", "--releases", "0.10.2,0.11.2", "--cache-dir", broken, "--report-dir", fresh()]);
    expect(swept.code, swept.stderr).toBe(0);
    expect(swept.stdout).toMatch(/^ {2}@openrouter\/sdk@0\.11\.2 · client: unavailable: cannot import @openrouter\/sdk from its install: .+$/m);
    expect(swept.stdout).toContain("  @openrouter/sdk@0.10.2 · client: available\n");
    expect(swept.stdout).toMatch(/^@openrouter\/sdk, 2 releases \(0\.10\.2 … 0\.11\.2\): 1 measured: no timeline$/m);
    rmSync(broken, { recursive: true, force: true });
  }, 600_000);

  it("builds a Go module's release into a harness of its own, which names its release and entries from its build", () => {
    // The pinned release: the prepare step's build cache makes its build a link, not a compile.
    const directory = fresh();
    const swept = runCli(["sweep", "--sdk", "openai-go", "--releases", "v3.99.0", "--cache-dir", cache, "--report-dir", directory]);
    expect(swept.stderr).toMatch(/^sweep: github\.com\/openai\/openai-go\/v3 from the Go module proxy: 1 of \d+ published releases \(v3\.99\.0\)/m);
    expect(swept.code, swept.stderr).toBe(0);
    for (const entry of ["client", "json.Unmarshal"]) expect(swept.stdout).toContain(`  github.com/openai/openai-go/v3@v3.99.0 · ${entry}: available\n`);
    const log = readFileSync(join(directory, "run.jsonl"), "utf8");
    expect(log).toContain('"reach":{"sdk":"openai-go@v3.99.0/json.Unmarshal"}');
    expect(log).toContain('"version":"v3.99.0"');
    // A release the proxy does not serve is a row with the toolchain's reason, not a crash.
    const missing = runCli(["run", "--sdk", "openai-go@v3.0.999/client", "--report-dir", fresh()], "", { env: { IMAGEGEN_CONFORMANCE_CACHE: cache } });
    expect(missing.stdout).toMatch(/unavailable: cannot install github\.com\/openai\/openai-go\/v3 v3\.0\.999 from the Go module proxy: .+$/m);
  }, 600_000);

  it("names what it expected on a bad family, selection or shard, in one line, exit 2", () => {
    const family = runCli(["sweep", "--sdk", "openrouter-rust"]);
    expect([family.code, family.stderr]).toEqual([
      2,
      'imagegen-conformance: sweep: --sdk expected one of openrouter-ts, openrouter-python, openai-go, async-openai, openai-java, received "openrouter-rust"\n',
    ]);
    const selection = runCli(["sweep", "--sdk", "openrouter-ts", "--releases", "0.10.2,0.10.3", "--cache-dir", cache]);
    expect([selection.code, selection.stderr.trim().split("\n").at(-1)]).toEqual([
      2,
      'imagegen-conformance: sweep: --releases "0.10.3" is not a published release',
    ]);
    const shard = runCli(["sweep", "--sdk", "openrouter-ts", "--shard", "3/2"]);
    expect([shard.code, shard.stderr]).toEqual([2, 'imagegen-conformance: sweep: --shard expected <i>/<n> with 1 ≤ i ≤ n, received "3/2"\n']);
  }, 120_000);
});
