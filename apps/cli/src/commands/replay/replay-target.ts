import { harness, inProcess, type Reproducer, type Target } from "@imagegen-conformance/runner";
import { builtIn } from "../../cli/built-in.js";
import { terminalText } from "../../cli/terminal-text.js";
import { UsageError } from "../../cli/usage-error.js";
import { type RegisteredHarness, releaseForm } from "../../registry/harness-registry.js";
import { registryTarget } from "../../registry/registry-targets.js";
import { implementations } from "../run/implementations.js";
import { releaseTarget } from "../sweep/release-target.js";

export interface ReplaySources {
  /** The `--harness` command, which replaces whatever the reproducers name. */
  override?: string;
  /** The SDK harnesses of this repository the reproducers name, by id. */
  registered: ReadonlyMap<string, RegisteredHarness>;
  /** Their preparation failures, by id: filled in once they are prepared. */
  failures: ReadonlyMap<string, string>;
}

/** How to reach the implementation a reproducer names; one line when the reproducer names none this CLI knows. */
export function replayTarget(path: string, reproducer: Reproducer, sources: ReplaySources): Target {
  const { reach } = reproducer;
  if (sources.override !== undefined) return harness({ command: sources.override });
  if ("harness" in reach) return harness({ command: reach.harness, ...(reach.cwd ? { cwd: reach.cwd } : {}) });
  const file = terminalText(path);
  if ("sdk" in reach) {
    const registered = sources.registered.get(reach.sdk);
    if (!registered) {
      const release = releaseTarget(reach.sdk);
      if (release) return release;
      throw new UsageError(
        `replay: ${file}: /reach/sdk: expected an SDK harness of this repository or a published release as ${releaseForm} (see: imagegen-conformance list impls), received ${JSON.stringify(terminalText(reach.sdk).slice(0, 80))}`,
      );
    }
    // Preparation runs after every file is checked, so its failures are looked up when the target connects.
    return { ...registryTarget(registered, undefined), connect: () => registryTarget(registered, sources.failures.get(registered.id)).connect() };
  }
  const known = builtIn(reach.impl);
  if (!known)
    throw new UsageError(
      `replay: ${file}: /reach/impl: expected an implementation built in (${Object.keys(implementations).join(", ")}), received ${JSON.stringify(terminalText(reach.impl).slice(0, 80))}; or pass --harness "<command>"`,
    );
  return inProcess(reach.impl, known.implementation);
}
