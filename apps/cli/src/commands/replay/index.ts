import { harness, inProcess, type Reproducer, readReproducer, replay as replayAll, type Target } from "@imagegen-conformance/runner";
import type { Command } from "../../cli/command.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { UsageError } from "../../cli/usage-error.js";
import { selectHarnesses } from "../../registry/harness-registry.js";
import { prepareHarnesses } from "../../registry/prepare-harnesses.js";
import { registryTarget } from "../../registry/registry-targets.js";
import { implementations } from "../run/implementations.js";

// Preparation failures of the SDK harnesses the reproducers name, by id (prepared once per replay).
let prepared = new Map<string, string>();

function targetOf(reproducer: Reproducer, override: string | undefined): Target {
  if (override) return harness({ command: override });
  if ("harness" in reproducer.reach) return harness({ command: reproducer.reach.harness, ...(reproducer.reach.cwd ? { cwd: reproducer.reach.cwd } : {}) });
  if ("sdk" in reproducer.reach) {
    const [registered] = selectHarnesses([reproducer.reach.sdk], "replay");
    if (!registered) throw new UsageError(`replay: no SDK harness ${reproducer.reach.sdk}`);
    return registryTarget(registered, prepared.get(registered.id));
  }
  const known = implementations[reproducer.reach.impl];
  if (!known)
    throw new UsageError(
      `replay: the reproducer names implementation ${JSON.stringify(reproducer.reach.impl)}, which is not built in; pass --harness "<command>"`,
    );
  return inProcess(reproducer.reach.impl, known.implementation);
}

export const replay: Command = {
  name: "replay",
  summary: "re-run saved failures (reproducer files) and say which are fixed",
  usage: 'imagegen-conformance replay <reproducer.json>... [--harness "<command>"]',
  async run(args, io) {
    const { values, positionals } = parseArguments("replay", args, { harness: { type: "string" } });
    if (positionals.length === 0) throw new UsageError("replay: name at least one reproducer file (they are written under <report-dir>/reproducers/)");
    const reproducers = positionals.map((path) => ({ path, reproducer: readReproducer(path) }));
    const sdks = [...new Set(reproducers.flatMap(({ reproducer }) => ("sdk" in reproducer.reach && !values.harness ? [reproducer.reach.sdk] : [])))];
    prepared = prepareHarnesses(selectHarnesses(sdks, "replay"), (line) => io.stderr(`replay: ${line}`));
    const targets = new Map(reproducers.map(({ reproducer }) => [reproducer, targetOf(reproducer, values.harness)]));
    const replayed = await replayAll(
      reproducers.map(({ reproducer }) => reproducer),
      (reproducer) => targets.get(reproducer) as Target,
    );
    let stillFailing = 0;
    replayed.forEach(({ outcome, fixed }, index) => {
      const path = reproducers[index]?.path;
      if (!fixed) stillFailing++;
      io.stdout(`${fixed ? "FIXED" : "STILL FAILING"} ${path}: ${outcome.kind}: ${outcome.reason.split("\n")[0]}\n`);
    });
    io.stdout(`replay: ${replayed.length - stillFailing} fixed, ${stillFailing} still failing\n`);
    return stillFailing === 0 ? 0 : 1;
  },
};
