import type { SweepFamily } from "../family/sweep-family.js";
import { semverOf } from "../releases/release-version.js";
import { lastLine, runCommand } from "../spawn/run-command.js";

/** An entry point a release may have; without it, the one line that says what the release lacks. */
export interface ReleaseEntry {
  name: string;
  available: boolean;
  reason?: string;
}

/** What a release harness found in one installed release: its own version, its entry points, and shape → SDK type. */
export interface ReleaseEntries {
  release: string;
  entries: ReleaseEntry[];
  shapes: Record<string, string>;
}

const isEntry = (value: unknown): value is ReleaseEntry =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ReleaseEntry).name === "string" &&
  typeof (value as ReleaseEntry).available === "boolean" &&
  ((value as ReleaseEntry).reason === undefined || typeof (value as ReleaseEntry).reason === "string");

/** The harness's `--entries` line, checked; a string says what was wrong with it, as a row's reason. */
export function parseEntries(text: string): ReleaseEntries | string {
  const line = text.trim().split("\n").at(-1) ?? "";
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return `expected one line of JSON from --entries, received ${JSON.stringify(line.slice(0, 120))}`;
  }
  const found = value as Partial<ReleaseEntries>;
  if (typeof found?.release !== "string" || !Array.isArray(found.entries) || !found.entries.every(isEntry))
    return `expected {"release", "entries": [{"name", "available", "reason"?}], "shapes"} from --entries, received ${JSON.stringify(line.slice(0, 120))}`;
  const shapes = typeof found.shapes === "object" && found.shapes !== null ? found.shapes : {};
  return { release: found.release, entries: found.entries, shapes };
}

/**
 * Asks the family's release harness which entry points the release installed in `directory` has. A harness that
 * says it serves another release than the one asked for (a build that took a stale binary) serves none: its rows
 * would be another release's.
 */
export async function releaseEntries(family: SweepFamily, version: string, directory: string, apps: string): Promise<ReleaseEntries | string> {
  const { command, cwd } = family.harness(directory, "--entries", apps);
  const asked = await runCommand("/bin/sh", ["-c", command], { cwd, timeoutMs: 180_000 });
  if (asked.code !== 0 || asked.failure) return `cannot import ${family.package} from its install: ${lastLine(asked)}`;
  const found = parseEntries(asked.stdout);
  if (typeof found === "string" || sameRelease(found.release, version)) return found;
  return `the install of ${family.package} ${version} serves ${found.release}: remove ${directory} and sweep again`;
}

const sameRelease = (said: string, asked: string) => said === asked || (semverOf(said) !== undefined && semverOf(said) === semverOf(asked));
