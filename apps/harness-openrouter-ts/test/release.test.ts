// The release harness (bin/release.js) against the pinned one (bin/harness.js): on the three pinned versions,
// discovery by name must find what versions.ts writes out by hand, and the corpus must come out the same.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import { harness, runConformance } from "@imagegen-conformance/runner";
import { afterAll, describe, expect, it } from "vitest";
import { entryNames, openrouter } from "../src/implementation.ts";
import { discover } from "../src/release/discover.ts";
import { load } from "../src/release/load.ts";
import { versions } from "../src/versions.ts";

const app = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
/** Each pinned version's package directory, as npm installed it for the pinned harness. */
const pinned: Record<string, string> = {
  "1.3.19": dirname(require.resolve("@openrouter/sdk/package.json")),
  "0.11.2": dirname(require.resolve("openrouter-sdk-0-11-2/package.json")),
  "0.10.2": dirname(require.resolve("openrouter-sdk-0-10-2/package.json")),
};

const profile = { unknown_fields: "drop", null_vs_absent: "collapsed", enums: "open", key_casing: "native", numbers: "double" };

describe.each(Object.entries(pinned))("@openrouter/sdk %s found by name", (version, dir) => {
  it("gives each entry the hello versions.ts gives it", async () => {
    const found = discover(await load(dir));
    expect(found.release).toBe(version);
    expect(found.entries).toEqual([
      { name: "client", available: true },
      { name: "fromJSON", available: true },
    ]);
    const sdk = versions[version]?.();
    if (!found.version || !sdk) throw new Error(`nothing discovered for ${version}`);
    for (const entry of entryNames) {
      expect(openrouter(found.version, entry).describe()).toEqual(openrouter(sdk, entry).describe());
      // What the pinned harness has always declared, now derived from the release for both.
      expect(openrouter(found.version, entry).describe().profile).toEqual(profile);
    }
    expect(found.shapes).toEqual(openrouter(sdk, "fromJSON").describe().capabilities.shapes);
    expect(found.version.responseFields).toEqual(sdk.responseFields);
  });
});

/** Every task's outcome at one harness command, by task key (stderr aside: it is the process's, not the SDK's). */
async function outcomes(command: string) {
  const found = new Map<string, unknown>();
  const summary = await runConformance({
    targets: [harness({ command, cwd: app })],
    cases: loadCorpus(),
    seed: 1,
    // The unsplit and the line-by-line chunkings only: the two harnesses share the stream code, and random cuts triple the time.
    randomChunkings: 0,
    onOutcome: (_label, task, { stderr: _stderr, ...outcome }) => found.set(task.key, outcome),
  });
  return { label: summary.implementations[0]?.label, found };
}

describe("@openrouter/sdk 0.10.2 through both harnesses", () => {
  it.concurrent.each(entryNames)("%s gives the same outcome for every task of the corpus", async (entry) => {
    const [direct, release] = await Promise.all([
      outcomes(`node bin/harness.js 0.10.2 ${entry}`),
      outcomes(`node bin/release.js ${pinned["0.10.2"]} ${entry}`),
    ]);
    expect(release.label).toBe(`@openrouter/sdk@0.10.2 · ${entry}`);
    expect(release.found.size).toBeGreaterThan(600);
    expect(Object.fromEntries(release.found)).toEqual(Object.fromEntries(direct.found));
  });
});

describe("release.js --entries", () => {
  const scratch = mkdtempSync(join(tmpdir(), "or-release-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const entries = (dir: string) => spawnSync(process.execPath, ["bin/release.js", dir, "--entries"], { cwd: app, encoding: "utf8" });
  /** A stand-in package named @openrouter/sdk, installed as npm would, whose two modules are given. */
  const installed = (name: string, index: string, models: string) => {
    const dir = join(scratch, name, "node_modules", "@openrouter", "sdk");
    mkdirSync(dir, { recursive: true });
    const exports = { ".": { import: "./index.js" }, "./models": { import: "./models.js" } };
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@openrouter/sdk", version: "0.0.0-test", type: "module", exports }));
    writeFileSync(join(dir, "index.js"), index);
    writeFileSync(join(dir, "models.js"), models);
    return join(scratch, name);
  };

  it("exits 1 with one line on a directory with no SDK", () => {
    const run = entries(scratch);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^cannot import @openrouter\/sdk: .* has no node_modules\/@openrouter\/sdk\/package.json\n$/);
  });

  it("exits 1 with the error's first line when the release does not import", () => {
    const run = entries(installed("broken", 'throw new Error("boom\\nmore");\n', "export {};\n"));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("cannot import @openrouter/sdk 0.0.0-test: Error: boom\n");
  });

  it("exits 0 with every entry unavailable when no image-generation type is defined", () => {
    const run = entries(installed("empty", 'export const SDK_METADATA = { sdkVersion: "0.0.0-test" };\n', "export const ChatMessage$inboundSchema = {};\n"));
    expect(run.status).toBe(0);
    const [line, ...rest] = run.stdout.split("\n");
    expect(rest).toEqual([""]);
    const answer = JSON.parse(line ?? "") as { release: string; entries: { name: string; available: boolean; reason: string }[]; shapes: object };
    expect(answer.release).toBe("0.0.0-test");
    expect(answer.shapes).toEqual({});
    expect(answer.entries.map(({ name, available }) => ({ name, available }))).toEqual([
      { name: "client", available: false },
      { name: "fromJSON", available: false },
    ]);
    for (const entry of answer.entries)
      expect(entry.reason).toMatch(/^no image-generation types in @openrouter\/sdk\/models: no OutputImageGenerationCallItem, /);
  });
});
