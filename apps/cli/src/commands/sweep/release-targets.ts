import { implementationLabel } from "@imagegen-conformance/core";
import { HarnessStartError, SubprocessConnection, type Target } from "@imagegen-conformance/runner";
import type { Installed, ReleaseEntries, SweepFamily } from "@imagegen-conformance/sweep";
import { releaseId } from "./release-target.js";

/** A release as it came out of the cache: installed with the entry points its harness found, or why not. */
export type PreparedRelease = { installed: Installed; entries: ReleaseEntries | string };

const unavailable = (name: string, id: string, reason: string): Target => ({
  name,
  reach: { sdk: id },
  connect: () => Promise.reject(new HarnessStartError(reason)),
});

/**
 * One target per entry point of each release, named as its hello will label it (`@openrouter/sdk@0.12.0 · client`),
 * so that a release that could not be installed or imported, or lacks an entry point, is still a row with its reason.
 */
export function releaseTargets(family: SweepFamily, releases: readonly PreparedRelease[], apps: string): Target[] {
  return releases.flatMap(({ installed, entries }) => {
    const names = typeof entries === "string" ? family.entries : [...new Set([...family.entries, ...entries.entries.map((entry) => entry.name)])];
    return names.map((entry): Target => {
      const name = implementationLabel(family.package, installed.version, entry);
      const id = releaseId(family, installed.version, entry);
      if ("failure" in installed) return unavailable(name, id, installed.failure);
      if (typeof entries === "string") return unavailable(name, id, entries);
      const found = entries.entries.find((candidate) => candidate.name === entry);
      if (!found?.available)
        return unavailable(name, id, `${family.package} ${installed.version} has no ${entry} entry: ${found?.reason ?? "its harness does not list it"}`);
      const { command, cwd } = family.harness(installed.directory, entry, apps);
      // Reached again by its id, which names the release and not the machine's cache (see releaseTarget).
      return { name, reach: { sdk: id }, connect: () => SubprocessConnection.open({ command, cwd }) };
    });
  });
}
