import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { SweepFamily } from "../family/sweep-family.js";
import { lastLine } from "../spawn/run-command.js";

/** A release installed (now, or by an earlier sweep), or why it could not be. */
export type Installed = { version: string; directory: string; cached: boolean } | { version: string; failure: string };

const marker = ".sweep-installed";

/** Where a release of a family lives in the cache: one directory per release, named by its version. */
export const releaseDirectory = (cache: string, family: SweepFamily, version: string) => join(cache, family.name, version.replaceAll("/", "_"));

/**
 * Installs one release into the cache unless it is there already. It is installed into a directory of its own and
 * moved into place only once whole, with a marker, so an install that failed or was cut short is never taken for one.
 */
export async function installRelease(family: SweepFamily, version: string, cache: string, apps: string): Promise<Installed> {
  const directory = releaseDirectory(cache, family, version);
  if (existsSync(join(directory, marker))) return { version, directory, cached: true };
  // What an install cut short left behind is removed before this one starts; one another sweep is still making
  // (two CI jobs sharing a cache) is left to it.
  mkdirSync(dirname(directory), { recursive: true });
  for (const left of readdirSync(dirname(directory)).filter((name) => name.startsWith(`${basename(directory)}.partial-`)))
    if (!isRunning(Number(left.slice(left.lastIndexOf("-") + 1)))) rmSync(join(dirname(directory), left), { recursive: true, force: true });
  const partial = `${directory}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  const result = await family.install(version, partial, apps);
  if (result.code !== 0 || result.failure) {
    rmSync(partial, { recursive: true, force: true });
    return { version, failure: `cannot install ${family.package} ${version} from ${family.registry}: ${lastLine(result)}` };
  }
  writeFileSync(join(partial, marker), `${JSON.stringify({ package: family.package, version, installed: new Date().toISOString() })}\n`);
  // Another sweep may have finished the same release meanwhile: its whole install stands, and this one goes.
  if (existsSync(join(directory, marker))) {
    rmSync(partial, { recursive: true, force: true });
    return { version, directory, cached: true };
  }
  rmSync(directory, { recursive: true, force: true });
  renameSync(partial, directory);
  return { version, directory, cached: false };
}

/** Whether a process of this machine still runs: a partial install named by its pid is still being made. */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
