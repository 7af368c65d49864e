import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { harness, runConformance } from "@imagegen-conformance/runner";
import { registeredHarnesses } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";

// The release harness (openrouter_release.py) against the pinned one (openrouter_harness.py): on the release both
// cover, 1.3.84, the same hello and the same outcome for every check, through both entries; on a seed-era release,
// 0.1.1, the seed's type names in hello and every check answered. Each release sits in a venv of its own where only
// `pip install openrouter==<version>` ran, cached between runs; without the registry the comparisons are skipped.
const app = fileURLToPath(new URL("..", import.meta.url));
// The sweep's cache variable when set (a directory of its own inside it), else the temporary directory.
const cache = join(process.env.IMAGEGEN_CONFORMANCE_CACHE || join(tmpdir(), "imagegen-conformance"), "test-venvs", "openrouter-python");
const run = promisify(execFile);
// The release the pinned harness covers (1.3.84), as harness.json registers it; 0.1.1 is of the seed era.
const pinned = registeredHarnesses(app).find((entry) => entry.id.startsWith("openrouter-python@"))?.version ?? "1.3.84";
const seedEra = "0.1.1";
const unreachable = /connection|resolve|network is unreachable|timed out|no matching distribution|could not find a version/i;

/** A venv holding only that release (the interpreter), or why pip could not reach the registry (a string). */
async function releaseVenv(version: string): Promise<{ python: string } | { skip: string }> {
  const directory = join(cache, version);
  const python = join(directory, "bin", "python");
  const ready = join(directory, "installed"); // written last: a half-made venv is made again
  if (existsSync(ready)) return { python };
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  await run("python3", ["-m", "venv", directory]);
  try {
    const pip = ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", "--retries", "1", "--timeout", "30"];
    await run(python, [...pip, `openrouter==${version}`], { maxBuffer: 16 << 20 });
  } catch (error) {
    const said = String((error as { stderr?: string }).stderr ?? error);
    if (unreachable.test(said)) return { skip: `pip cannot install openrouter==${version} (registry unreachable): ${said.trim().split("\n").at(-1)}` };
    throw error;
  }
  writeFileSync(ready, `${version}\n`);
  return { python };
}

// Every item, event and status case, and one stream of each kind (the client's streaming call costs the SDK about
// 250 ms a read, so the whole stream corpus would take minutes); streams read whole and split at every line.
const corpus = loadCorpus();
const streamKinds = new Set<string>();
const cases: Case[] = corpus.filter((testCase) => {
  if (testCase.operation !== "stream") return true;
  const kind = testCase.id.split("/").slice(0, 3).join("/").replace(/#.*/, "");
  return !streamKinds.has(kind) && streamKinds.add(kind) !== undefined;
});

/** Each check's outcome (by task key: a case's decode and encode apart), the label, hello and the run's counts. */
async function outcomes(command: string) {
  const found = new Map<string, unknown>();
  const summary = await runConformance({
    targets: [harness({ command, cwd: app })],
    cases,
    seed: 1,
    randomChunkings: 0,
    onOutcome: (_label, task, { stderr: _stderr, ...outcome }) => found.set(task.key, outcome), // stderr names the harness's files
  });
  const [row] = summary.implementations;
  return { row, found };
}

const venvs: Record<string, { python: string } | { skip: string }> = {};

beforeAll(async () => {
  const setup = spawnSync("sh", ["setup.sh"], { cwd: app, encoding: "utf8" });
  expect(setup.status, setup.stderr).toBe(0);
  const versions = [pinned, seedEra];
  const made = await Promise.all(versions.map(releaseVenv));
  versions.forEach((version, index) => {
    venvs[version] = made[index] as { python: string } | { skip: string };
  });
}, 600_000); // a first run installs two releases

describe("openrouter_release.py", () => {
  it.for(["client", "validate_json"])(`gives ${pinned}'s %s the pinned harness's hello and outcomes`, async (entry, context) => {
    const venv = venvs[pinned];
    if (!venv || "skip" in venv) return context.skip(venv?.skip);
    const [ours, release] = await Promise.all([
      outcomes(`.venv/bin/python openrouter_harness.py ${entry}`),
      outcomes(`${venv.python} openrouter_release.py ${entry}`),
    ]);
    expect(release.row?.label).toBe(`openrouter-python@${pinned} · ${entry}`);
    expect(release.row?.description).toEqual(ours.row?.description);
    expect({ harnessProblems: release.row?.harnessProblems, unavailable: release.row?.unavailable }).toEqual({ harnessProblems: 0, unavailable: undefined });
    expect(release.found.size).toBe(ours.found.size);
    for (const [key, outcome] of ours.found) expect(release.found.get(key), key).toEqual(outcome);
    expect(release.row?.counts).toEqual(ours.row?.counts);
    expect(release.row?.measured).toEqual(ours.row?.measured);
  });

  it.for(["client", "validate_json"])(`serves ${seedEra}'s %s under the seed's type names`, async (entry, context) => {
    const venv = venvs[seedEra];
    if (!venv || "skip" in venv) return context.skip(venv?.skip);
    const { row, found } = await outcomes(`${venv.python} openrouter_release.py ${entry}`);
    expect(row?.label).toBe(`openrouter-python@${seedEra} · ${entry}`);
    const shapes = row?.description?.capabilities.shapes ?? {};
    expect(shapes.ResponsesImageGenerationCall).toBe("openrouter.components.ResponsesImageGenerationCall");
    if (entry === "validate_json") expect(shapes.OpenResponsesImageGenCallGenerating).toBe("openrouter.components.OpenResponsesImageGenCallGenerating");
    expect(shapes.OutputImageGenerationCallItem).toBeUndefined(); // a name this release does not define is not declared
    expect(row?.description?.entry.calls).toMatch(/UnrecognizedStr is plain str here/);
    expect(row?.description?.capabilities.operations).toEqual(entry === "client" ? ["decode", "stream"] : ["decode", "encode"]);
    if (entry === "client") expect(row?.description?.entry.calls).toMatch(/\.beta\.responses\.send\(/); // 0.1.1's client has no responses.send
    expect(row?.harnessProblems).toBe(0);
    const seedCases = [...found].filter(([key]) => key.startsWith("rules/ResponsesImageGenerationCall/"));
    expect(seedCases.length).toBeGreaterThan(0);
    expect(seedCases.filter(([, outcome]) => (outcome as { kind: string }).kind === "skipped")).toEqual([]);
  });

  it.for([pinned, seedEra])("--entries of %s: one JSON line naming the installed release", (version, context) => {
    const venv = venvs[version];
    if (!venv || "skip" in venv) return context.skip(venv?.skip);
    const asked = spawnSync(venv.python, ["openrouter_release.py", "--entries"], { cwd: app, encoding: "utf8" });
    expect(asked.status, asked.stderr).toBe(0);
    expect(asked.stdout.trim().split("\n")).toHaveLength(1);
    const said = JSON.parse(asked.stdout) as { release: string; entries: { name: string; available: boolean }[]; shapes: Record<string, string> };
    expect(said.release).toBe(version);
    expect(said.entries).toEqual([
      { name: "client", available: true },
      { name: "validate_json", available: true },
    ]);
    const item = version === seedEra ? "ResponsesImageGenerationCall" : "OutputImageGenerationCallItem";
    expect(said.shapes.ImageGenToolCall).toBe(`openrouter.components.${item}`);
  });
});

describe("openrouter_release.py without a usable release", () => {
  const python = (root: string, ...args: string[]) =>
    spawnSync("python3", ["-S", "openrouter_release.py", ...args], { cwd: app, encoding: "utf8", env: { ...process.env, PYTHONPATH: root } });

  /** A directory standing in for site-packages: an `openrouter` package with these files, and its metadata. */
  function fakeRelease(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), "openrouter-release-"));
    for (const [path, text] of Object.entries({
      ...files,
      "openrouter-0.0.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: openrouter\nVersion: 0.0.0\n",
    })) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it("--entries exits 1 with one line when openrouter is not installed", () => {
    const asked = python(mkdtempSync(join(tmpdir(), "openrouter-release-")), "--entries"); // -S: no site-packages at all
    expect(asked.status).toBe(1);
    expect(asked.stdout).toBe("");
    expect(asked.stderr).toBe("cannot import openrouter (not installed): ModuleNotFoundError: No module named 'openrouter'\n");
  });

  it("--entries exits 1 with one line when the release fails to import", () => {
    const asked = python(fakeRelease({ "openrouter/__init__.py": "raise ImportError('needs pydantic<2\\nsecond line')\n" }), "--entries");
    expect(asked.status).toBe(1);
    expect(asked.stderr).toBe("cannot import openrouter 0.0.0: ImportError: needs pydantic<2\n");
  });

  it("--entries says what it looked for when the release defines none of the types, and an entry will not start", () => {
    const root = fakeRelease({ "openrouter/__init__.py": "", "openrouter/components/__init__.py": "" });
    const asked = python(root, "--entries");
    expect(asked.status, asked.stderr).toBe(0);
    const said = JSON.parse(asked.stdout) as { release: string; entries: { name: string; available: boolean; reason?: string }[]; shapes: object };
    expect(said.release).toBe("0.0.0");
    expect(said.shapes).toEqual({});
    for (const entry of said.entries) {
      expect(entry.available).toBe(false);
      expect(entry.reason).toMatch(
        /^openrouter\.components defines none of the image-generation types \(OutputImageGenerationCallItem or ResponsesImageGenerationCall/,
      );
    }
    const served = python(root, "client");
    expect(served.status).toBe(1);
    expect(served.stderr.trim().split("\n")).toHaveLength(1);
  });
});
