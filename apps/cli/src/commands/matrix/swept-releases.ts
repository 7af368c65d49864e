import { HarnessStartError, type Target } from "@imagegen-conformance/runner";
import type { SweepFamily } from "@imagegen-conformance/sweep";
import type { Io } from "../../cli/command.js";
import { harnessApps } from "../../registry/harness-apps.js";
import type { RegisteredHarness } from "../../registry/harness-registry.js";
import { sweptTargets } from "../sweep/swept-targets.js";

/**
 * The releases the matrix sweeps besides its pinned harnesses, as targets: a release a pinned harness checks is left
 * out, and a family whose releases cannot be listed is one row that says so.
 */
export async function sweptReleases(
  io: Io,
  sweeps: readonly { family: SweepFamily; selection: string }[],
  pinned: readonly RegisteredHarness[],
  cache: string,
): Promise<Target[]> {
  const apps = harnessApps(cache);
  const targets: Target[] = [];
  for (const { family, selection } of sweeps) {
    const skip = new Set(pinned.filter((harness) => harness.sdk === family.package).map((harness) => harness.version));
    const found = await sweptTargets(io, family, selection, { cache, jobs: family.installJobs, apps, skip, command: "matrix" });
    const name = `${family.name}@${selection}`;
    targets.push(
      ...(typeof found === "string" ? [{ name, reach: { sdk: name }, connect: () => Promise.reject(new HarnessStartError(found)) }] : found.targets),
    );
  }
  return targets;
}
