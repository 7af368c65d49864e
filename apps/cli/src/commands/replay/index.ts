import { readReproducer, replay as replayAll, type Target } from "@imagegen-conformance/runner";
import type { Command } from "../../cli/command.js";
import { exitCode } from "../../cli/exit-code.js";
import { onInterrupt } from "../../cli/on-interrupt.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { harnessCommand } from "../../cli/targets.js";
import { terminalText } from "../../cli/terminal-text.js";
import { UsageError } from "../../cli/usage-error.js";
import { registeredHarnesses } from "../../registry/harness-registry.js";
import { prepareHarnesses } from "../../registry/prepare-harnesses.js";
import { replayTarget } from "./replay-target.js";
import { refuseStoredCommands } from "./stored-command.js";

const options = {
  harness: {
    type: "string",
    help: "replay every reproducer against this harness command line instead",
    defaultText: "the implementation each reproducer names",
  },
  "trust-harness": { type: "boolean", help: "run the harness command lines the reproducers store (refused otherwise: a file is data)" },
} as const satisfies OptionSpecs;

export const replay: Command = {
  name: "replay",
  summary: "re-run saved failures (reproducer files) and say which are fixed",
  usage: 'imagegen-conformance replay <reproducer.json>... [--harness "<command>" | --trust-harness]',
  options,
  async run(args, io) {
    const { values, positionals } = parseArguments("replay", args, options);
    if (positionals.length === 0) throw new UsageError("replay: name at least one reproducer file (they are written under <report-dir>/reproducers/)");
    const override = values.harness === undefined ? undefined : harnessCommand("replay", values.harness);
    // Every file is read and checked before anything runs or is prepared.
    const files = positionals.map((path) => ({ path, reproducer: readReproducer(path) }));
    if (override === undefined && !values["trust-harness"]) refuseStoredCommands(files);
    // Only the SDK harnesses the reproducers name are prepared (a build, a virtual environment), and none with --harness.
    const named = new Set(override === undefined ? files.flatMap(({ reproducer }) => ("sdk" in reproducer.reach ? [reproducer.reach.sdk] : [])) : []);
    const registered = new Map(named.size === 0 ? [] : registeredHarnesses().flatMap((entry) => (named.has(entry.id) ? [[entry.id, entry] as const] : [])));
    const failures = new Map<string, string>();
    const targets = new Map(files.map(({ path, reproducer }) => [reproducer, replayTarget(path, reproducer, { override, registered, failures })]));
    for (const [id, failure] of await prepareHarnesses([...registered.values()], io, "replay")) failures.set(id, failure);
    // A signal kills the harness groups it started and exits 130 or 143.
    const stopListening = onInterrupt(io);
    const replayed = await replayAll(
      files.map(({ reproducer }) => reproducer),
      (reproducer) => targets.get(reproducer) as Target,
    ).finally(stopListening);
    let stillFailing = 0;
    let notStarted = 0;
    replayed.forEach(({ outcome, fixed, unavailable }, index) => {
      const path = terminalText(files[index]?.path ?? "");
      // Not started is not "still failing": nothing was asked of the SDK.
      if (unavailable) {
        notStarted++;
        io.stdout(`COULD NOT START ${path}: ${terminalText(unavailable.split("\n")[0] ?? "").slice(0, 300)}\n`);
        return;
      }
      if (!fixed) stillFailing++;
      const reason = terminalText(outcome.reason.split("\n")[0] ?? "").slice(0, 300);
      io.stdout(`${fixed ? "FIXED" : "STILL FAILING"} ${path}: ${outcome.kind}: ${reason}\n`);
    });
    const fixed = replayed.length - stillFailing - notStarted;
    io.stdout(`replay: ${fixed} fixed, ${stillFailing} still failing${notStarted > 0 ? `, ${notStarted} could not start` : ""}\n`);
    return stillFailing > 0 ? exitCode.notConformant : notStarted > 0 ? exitCode.couldNotStart : exitCode.ok;
  },
};
