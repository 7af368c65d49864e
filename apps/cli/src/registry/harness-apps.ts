import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheDirectory } from "@imagegen-conformance/sweep";
import { cliVersion } from "../cli/version.js";

/** This package's own directory: apps/cli in the repository, node_modules/imagegen-conformance once installed. */
const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The harness sources the package ships (`npm pack` copies them in: scripts/bundle-harnesses.mjs). */
const shipped = join(packageRoot, "harnesses");
const ready = ".harness-ready";

/** Installed from a registry or a tarball, not run from the repository it was built in. */
export const installed = packageRoot.split(sep).includes("node_modules");

/**
 * The directory whose sub-directories are the SDK harnesses, each with its harness.json: the repository's apps/, or,
 * for an installed CLI, a copy of the shipped sources in the cache (`--cache-dir`, $IMAGEGEN_CONFORMANCE_CACHE, …),
 * one per CLI version, outside node_modules: harnesses build there (a virtual environment, a Go or Rust binary, a
 * jar, a TypeScript harness's SDK) and a reinstall of the package keeps what they built.
 */
export function harnessApps(cache?: string): string {
  if (!installed) return join(packageRoot, "..");
  const apps = join(cacheDirectory(cache), "harnesses", cliVersion);
  if (!existsSync(shipped)) return apps;
  for (const name of readdirSync(shipped)) if (!existsSync(join(apps, name, ready))) copyHarness(name, apps);
  return apps;
}

/** One shipped harness into the cache, whole or not at all; a TypeScript harness's workspace links made real. */
function copyHarness(name: string, apps: string): void {
  const partial = join(apps, `${name}.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  cpSync(join(shipped, name), partial, { recursive: true });
  const manifest = join(partial, "package.json");
  if (existsSync(manifest)) writeFileSync(manifest, `${JSON.stringify(linkedManifest(JSON.parse(readFileSync(manifest, "utf8"))), null, 2)}\n`);
  writeFileSync(join(partial, ready), `${cliVersion}\n`);
  rmSync(join(apps, name), { recursive: true, force: true });
  renameSync(partial, join(apps, name));
}

/**
 * A TypeScript harness's package.json with its imagegen-conformance dependencies pointed at the copies this CLI
 * runs on (`file:` links), so its prepare (`npm install`) fetches only the SDK it pins: the toolkit's own packages
 * are the installed ones, at this version, whether or not a registry serves them.
 */
function linkedManifest(manifest: { dependencies?: Record<string, string>; devDependencies?: unknown }): object {
  const require = createRequire(import.meta.url);
  const dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies ?? {}).map(([name, range]) =>
      name.startsWith("@imagegen-conformance/") ? [name, `file:${dirname(require.resolve(`${name}/package.json`))}`] : [name, range],
    ),
  );
  const { devDependencies: _unused, ...rest } = manifest;
  return { ...rest, dependencies };
}
