import { HarnessStartError, SubprocessConnection, type Target } from "@imagegen-conformance/runner";
import { cacheDirectory, installRelease, type SweepFamily, sweepFamilies } from "@imagegen-conformance/sweep";
import { harnessApps } from "../../registry/harness-apps.js";

/** A published release's entry point as sweep rows are keyed and `--sdk` takes it: `openrouter-ts@0.13.67/fromJSON`. */
export const releaseId = (family: SweepFamily, version: string, entry: string) => `${family.name}@${version}/${entry}`;

/**
 * The target a release id names, or undefined when it names no family `sweep` knows. It names the release, never the
 * directory it is installed in, so a reproducer or a replay line written on one machine works on another: connecting
 * installs the release into the cache (or takes it from there) and starts its release harness.
 */
export function releaseTarget(id: string, options: { cache?: string | undefined; timeout?: number; batch?: number } = {}): Target | undefined {
  const match = /^([a-z-]+)@([^/\s]+)\/(\S+)$/.exec(id);
  const family = match ? sweepFamilies[match[1] as string] : undefined;
  if (!match || !family) return undefined;
  const [, , version, entry] = match as unknown as [string, string, string, string];
  return {
    name: id,
    reach: { sdk: id },
    connect: async () => {
      const apps = harnessApps(options.cache);
      const installed = await installRelease(family, version, cacheDirectory(options.cache), apps);
      if ("failure" in installed) throw new HarnessStartError(installed.failure);
      const { command, cwd } = family.harness(installed.directory, entry, apps);
      return SubprocessConnection.open({
        command,
        cwd,
        ...(options.timeout ? { requestTimeoutMs: options.timeout } : {}),
        ...(options.batch ? { batchSize: options.batch } : {}),
      });
    },
  };
}
