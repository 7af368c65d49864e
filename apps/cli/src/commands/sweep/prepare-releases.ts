import { inParallel } from "@imagegen-conformance/runner";
import { type Installed, installRelease, releaseEntries, type SweepFamily } from "@imagegen-conformance/sweep";
import type { Io } from "../../cli/command.js";
import { terminalText } from "../../cli/terminal-text.js";
import type { PreparedRelease } from "./release-targets.js";

const said = (installed: Installed, started: number) =>
  "failure" in installed ? `failed: ${installed.failure}` : installed.cached ? "cached" : `installed in ${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Installs each release (at most `jobs` at once, cached ones taken as they are), then asks each which entry points it has. */
export async function prepareReleases(
  io: Io,
  family: SweepFamily,
  versions: readonly string[],
  options: { cache: string; jobs: number; apps: string; command: string },
): Promise<PreparedRelease[]> {
  let done = 0;
  return inParallel(versions, options.jobs, async (version) => {
    const started = Date.now();
    const installed = await installRelease(family, version, options.cache, options.apps);
    const entries = "failure" in installed ? installed.failure : await releaseEntries(family, version, installed.directory, options.apps);
    done++;
    const found = typeof entries === "string" && !("failure" in installed) ? `; ${entries}` : "";
    io.stderr(
      terminalText(`${options.command}: [${done}/${versions.length}] ${family.package} ${version}: ${said(installed, started)}${found}\n`, { multiline: true }),
    );
    return { installed, entries };
  });
}
