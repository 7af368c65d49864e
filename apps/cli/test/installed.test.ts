import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;
const example = join(root, "examples", "fuzz-your-parser");
const quiet = ["--no-audit", "--no-fund", "--no-update-notifier", "--loglevel=error"];

/** A command in `cwd`, as a user types it; its output whole, for the assertion messages. */
function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, all: `${run.stdout}\n${run.stderr}` };
}

/** The public workspaces of this repository: what `npm publish` would publish. */
function publicWorkspaces(): string[] {
  const listed = sh("npm", ["query", ".workspace"], root);
  const workspaces = JSON.parse(listed.stdout) as { location: string; private?: boolean }[];
  return workspaces.filter((workspace) => !workspace.private).map((workspace) => workspace.location);
}

describe("installed from its packed tarballs into an empty project", () => {
  it("--version, matrix with a TypeScript and a Go SDK built in the cache, and the fuzz example copied in", () => {
    const work = mkdtempSync(join(tmpdir(), "installed-"));
    const tarballs = join(work, "tarballs");
    mkdirSync(tarballs);
    for (const location of publicWorkspaces()) {
      const packed = sh("npm", ["pack", "--pack-destination", tarballs, ...quiet], join(root, location));
      expect(packed.code, packed.all).toBe(0);
    }
    const project = join(work, "project");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "user-project", private: true, type: "module" })}\n`);
    const files = readdirSync(tarballs).map((name) => join(tarballs, name));
    const installed = sh("npm", ["install", ...quiet, ...files], project);
    expect(installed.code, installed.all).toBe(0);
    const cli = join(project, "node_modules", ".bin", "imagegen-conformance");
    const env = { IMAGEGEN_CONFORMANCE_CACHE: join(work, "cache") };

    const version = sh(cli, ["--version"], project, env);
    expect(version.stdout).toMatch(/^imagegen-conformance \d+\.\d+\.\d+/);
    // The SDK harnesses ship with the CLI: every one of this repository's is listed.
    const listed = sh(cli, ["list", "impls"], project, env);
    expect(listed.stdout).toMatch(/^openrouter-ts@1\.3\.19\/fromJSON +--sdk \(typescript\)/m);
    expect(listed.stdout).toMatch(/^openai-go@v3\.99\.0\/json\.Unmarshal +--sdk \(go\)/m);
    expect(existsSync(join(project, "node_modules", "imagegen-conformance", "harnesses", "harness-openai-go", "go.mod"))).toBe(true);

    const sdks = ["--sdk", "openrouter-ts@1.3.19/fromJSON", "--sdk", "openai-go@v3.99.0/json.Unmarshal"];
    const matrix = sh(cli, ["matrix", ...sdks, "--fuzz-runs", "20", "--sweep", "none", "--report-dir", "out"], project, env);
    expect(matrix.code, matrix.all).toBe(0);
    for (const row of [/@openrouter\/sdk@1\.3\.19 · fromJSON/, /github\.com\/openai\/openai-go\/v3@v3\.99\.0 · json\.Unmarshal/])
      expect(matrix.stdout).toMatch(new RegExp(`${row.source}.*(conformant|not conformant)`));
    expect(matrix.stdout).not.toContain("unavailable");
    // Built in the cache, outside node_modules: a reinstall of the package keeps them.
    expect(existsSync(join(work, "cache", "harnesses", JSON.parse(readFileSync(join(root, "apps/cli/package.json"), "utf8")).version))).toBe(true);

    // The fuzz-your-parser example, copied in as its README says, runs against the installed packages.
    for (const file of ["src", "vitest.config.ts", "vitest.setup.ts"]) cpSync(join(example, file), join(project, file), { recursive: true });
    const { devDependencies } = JSON.parse(readFileSync(join(example, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    const tools = Object.entries(devDependencies)
      .filter(([name]) => !name.startsWith("@imagegen-conformance/"))
      .map(([name, version]) => `${name}@${version}`);
    const added = sh("npm", ["install", "--save-dev", ...quiet, ...tools], project);
    expect(added.code, added.all).toBe(0);
    const tested = sh(join(project, "node_modules", ".bin", "vitest"), ["run"], project);
    expect(tested.code, tested.all).toBe(0);
    expect(tested.stdout).toMatch(/fast-check seed -?\d+ \(replay with FC_SEED=-?\d+\)/);
  }, 900_000);
});
