import { harness, inProcess, type Target } from "@imagegen-conformance/runner";
import { implementations } from "../commands/run/implementations.js";
import { releaseTarget } from "../commands/sweep/release-target.js";
import { registeredHarnesses, releaseForm, selectHarnesses } from "../registry/harness-registry.js";
import { prepareHarnesses } from "../registry/prepare-harnesses.js";
import { registryTarget } from "../registry/registry-targets.js";
import { builtIn } from "./built-in.js";
import type { Io } from "./command.js";
import type { OptionSpecs } from "./option-spec.js";
import { UsageError } from "./usage-error.js";

/** `--impl`, `--sdk`, `--harness`: the implementations targetsFrom builds, at least one of them. */
export const targetOptions = {
  impl: { type: "string", multiple: true, help: "an implementation run in this process, as list impls names it" },
  sdk: { type: "string", multiple: true, help: `an SDK harness of this repository, as list impls names it, or a published release as ${releaseForm}` },
  harness: { type: "string", multiple: true, help: "a harness command line speaking protocol v1, as docs/protocol.md defines it" },
} as const satisfies OptionSpecs;

/** `--sdk <id>` where only this repository's SDK harnesses are taken (selectHarnesses): all of them when none is named. */
export const harnessSdkOption = {
  sdk: { type: "string", multiple: true, help: "an SDK harness of this repository, by an id or id prefix list impls shows", defaultText: "every SDK harness" },
} as const satisfies OptionSpecs;

export interface TargetValues {
  impl?: string[];
  harness?: string[];
  sdk?: string[];
}

/** A `--harness` command line: a blank one would start a shell that reads nothing, so it is a usage error. */
export function harnessCommand(command: string, line: string): string {
  if (line.trim() === "") throw new UsageError(`${command}: --harness expects a command line, received ${JSON.stringify(line)}`);
  return line;
}

/**
 * The implementations a command names: `--impl <name>` (in-process), `--sdk <id>` (a harness of this repository, or
 * any published release of a family `sweep` knows, as `openrouter-ts@0.13.67/fromJSON`), `--harness "<command>"`.
 */
export async function targetsFrom(command: string, values: TargetValues, options: { timeout?: number; batch?: number; io?: Io } = {}): Promise<Target[]> {
  // Every name is checked before anything is prepared: a typo costs no build.
  const lines = (values.harness ?? []).map((line) => harnessCommand(command, line));
  const local = (values.impl ?? []).map((name) => {
    const known = builtIn(name);
    if (!known)
      throw new UsageError(
        `${command}: unknown implementation ${JSON.stringify(name)}; expected one of ${Object.keys(implementations).join(", ")} (see: imagegen-conformance list impls)`,
      );
    return inProcess(name, known.implementation);
  });
  // A pinned harness answers for its own id; any other release id is installed into the cache when it connects.
  const all = values.sdk === undefined ? [] : registeredHarnesses();
  const pinned = (id: string) => all.some((harness) => harness.id === id || harness.id.startsWith(`${id}/`));
  const releases = (values.sdk ?? []).flatMap((id) => (pinned(id) ? [] : (releaseTarget(id, options) ?? [])));
  const ids = (values.sdk ?? []).filter((id) => !releases.some((target) => target.name === id));
  const registered = ids.length === 0 ? [] : selectHarnesses(ids, command);
  const failures = registered.length > 0 ? await prepareHarnesses(registered, options.io, command) : new Map<string, string>();
  const targets: Target[] = [
    ...local,
    ...registered.map((entry) => registryTarget(entry, failures.get(entry.id), options)),
    ...releases,
    ...lines.map((line) =>
      harness({ command: line, ...(options.timeout ? { requestTimeoutMs: options.timeout } : {}), ...(options.batch ? { batchSize: options.batch } : {}) }),
    ),
  ];
  if (targets.length === 0) throw new UsageError(`${command}: name at least one implementation with --impl <name>, --sdk <id> or --harness "<command>"`);
  return targets;
}
