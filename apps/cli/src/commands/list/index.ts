import { allRules, catalogue, describeSource, findings } from "@imagegen-conformance/core";
import type { Command, Io } from "../../cli/command.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { table } from "../../cli/table.js";
import { UsageError } from "../../cli/usage-error.js";
import { registeredHarnesses, releaseForm } from "../../registry/harness-registry.js";
import { implementations } from "../run/implementations.js";
import { listCases } from "./list-cases.js";

type Lister = (io: Io, options: { shape?: string; corpus?: string }) => Promise<void> | void;

// Each listing is one small function; later packages add theirs here (cases, impls).
export const listers: Record<string, Lister> = {
  shapes(io) {
    io.stdout(
      table([
        ["NAME", "KIND", "DOCUMENTED IN"],
        ...catalogue.map((shape) => [shape.name, shape.kind, describeSource(shape.sources[0] ?? { kind: "seed", file: "?" })]),
      ]),
    );
  },
  findings(io) {
    for (const finding of findings) {
      io.stdout(`${finding.id}\n  ${finding.title}\n`);
      for (const reading of finding.readings) {
        const verdict = reading.verdict ? ` (${reading.verdict})` : "";
        const marker = reading.name === finding.documented ? "* " : "  ";
        io.stdout(`  ${marker}${reading.name}${verdict}: ${reading.says}\n      ${reading.sources.map(describeSource).join("; ")}\n`);
      }
      if (finding.disputes.length > 0)
        io.stdout(
          `  disputes: ${finding.disputes.map((dispute) => dispute.rule + (dispute.values ? ` for ${JSON.stringify(dispute.values)}` : "")).join(", ")}\n`,
        );
      io.stdout("\n");
    }
    io.stdout("* marks the reading the catalogue applies by default; choose another with --reading <finding>=<reading>.\n");
  },
  cases: listCases,
  impls(io) {
    const sdks = registeredHarnesses().map((harness) => [harness.id, `--sdk (${harness.language})`, `${harness.sdk} ${harness.version}`]);
    io.stdout(
      table([["NAME", "KIND", "WHAT"], ...Object.entries(implementations).map(([name, { summary }]) => [name, "--impl (in-process)", summary]), ...sdks]),
    );
    io.stdout(`Any published release of a family sweep knows: --sdk ${releaseForm} (installed into the cache when it starts).\n`);
    io.stdout('Any other implementation: --harness "<command>" (protocol v1, see docs/protocol.md).\n');
  },
  rules(io, { shape }) {
    const rules = shape === undefined ? allRules() : resolveShape(shape, "list rules").rules;
    io.stdout(table([["RULE", "EXPECTS"], ...rules.map((rule) => [rule.id, rule.expected])]));
  },
};

export const list: Command = {
  name: "list",
  summary: "list shapes, findings, rules and more",
  listing: true,
  usage: `imagegen-conformance list <${Object.keys(listers).join("|")}> [--shape <name>] [--corpus <dir>]`,
  async run(args, io) {
    const { values, positionals } = parseArguments("list", args, { shape: { type: "string" }, corpus: { type: "string" } });
    const what = positionals[0];
    const lister = what === undefined ? undefined : listers[what];
    if (positionals.length !== 1 || lister === undefined) {
      throw new UsageError(
        `list: expected one of ${Object.keys(listers).join(", ")}, received ${what === undefined ? "nothing" : JSON.stringify(positionals.join(" "))}`,
      );
    }
    await lister(io, { ...(values.shape === undefined ? {} : { shape: values.shape }), ...(values.corpus === undefined ? {} : { corpus: values.corpus }) });
    return 0;
  },
};
