import { harness, inProcess, type Target } from "@imagegen-conformance/runner";
import { implementations } from "../commands/run/implementations.js";
import { UsageError } from "./usage-error.js";

/** The implementations a command names: `--impl <name>` (in-process) and `--harness "<command>"`. */
export function targetsFrom(command: string, values: { impl?: string[]; harness?: string[] }, options: { timeout?: number; batch?: number } = {}): Target[] {
  const targets: Target[] = [
    ...(values.impl ?? []).map((name) => {
      const known = implementations[name];
      if (!known)
        throw new UsageError(
          `${command}: unknown implementation ${JSON.stringify(name)}; expected one of ${Object.keys(implementations).join(", ")} (see: imagegen-conformance list impls)`,
        );
      return inProcess(name, known.implementation);
    }),
    ...(values.harness ?? []).map((line) =>
      harness({ command: line, ...(options.timeout ? { requestTimeoutMs: options.timeout } : {}), ...(options.batch ? { batchSize: options.batch } : {}) }),
    ),
  ];
  if (targets.length === 0) throw new UsageError(`${command}: name at least one implementation with --impl <name> or --harness "<command>"`);
  return targets;
}
