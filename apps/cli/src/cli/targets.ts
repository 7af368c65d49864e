import { harness, inProcess, type Target } from "@imagegen-conformance/runner";
import { implementations } from "../commands/run/implementations.js";
import { selectHarnesses } from "../registry/harness-registry.js";
import { prepareHarnesses } from "../registry/prepare-harnesses.js";
import { registryTarget } from "../registry/registry-targets.js";
import type { Io } from "./command.js";
import { UsageError } from "./usage-error.js";

export interface TargetValues {
  impl?: string[];
  harness?: string[];
  sdk?: string[];
}

/** The implementations a command names: `--impl <name>` (in-process), `--sdk <id>` (a harness of this repository), `--harness "<command>"`. */
export function targetsFrom(command: string, values: TargetValues, options: { timeout?: number; batch?: number; io?: Io } = {}): Target[] {
  const registered = values.sdk === undefined ? [] : selectHarnesses(values.sdk, command);
  const failures = registered.length > 0 ? prepareHarnesses(registered, (line) => options.io?.stderr(line)) : new Map<string, string>();
  const targets: Target[] = [
    ...(values.impl ?? []).map((name) => {
      const known = implementations[name];
      if (!known)
        throw new UsageError(
          `${command}: unknown implementation ${JSON.stringify(name)}; expected one of ${Object.keys(implementations).join(", ")} (see: imagegen-conformance list impls)`,
        );
      return inProcess(name, known.implementation);
    }),
    ...registered.map((entry) => registryTarget(entry, failures.get(entry.id), options)),
    ...(values.harness ?? []).map((line) =>
      harness({ command: line, ...(options.timeout ? { requestTimeoutMs: options.timeout } : {}), ...(options.batch ? { batchSize: options.batch } : {}) }),
    ),
  ];
  if (targets.length === 0) throw new UsageError(`${command}: name at least one implementation with --impl <name>, --sdk <id> or --harness "<command>"`);
  return targets;
}
