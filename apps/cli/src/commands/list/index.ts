import { allRules, catalogue, describeSource, findings } from "@imagegen-conformance/core";
import type { Command } from "../../cli/command.js";
import { corpusOption } from "../../cli/corpus-option.js";
import type { OptionSpecs } from "../../cli/option-spec.js";
import { formatOption, formatUsage, outputFormat } from "../../cli/output-format.js";
import { parseArguments } from "../../cli/parse-arguments.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { UsageError } from "../../cli/usage-error.js";
import { registeredHarnesses, releaseForm } from "../../registry/harness-registry.js";
import { implementations } from "../run/implementations.js";
import { listCases } from "./list-cases.js";
import { type Listing, tableListing } from "./listing.js";

type Lister = (options: { shape?: string; corpus?: string }) => Listing;

// Each listing is one small function; later packages add theirs here (cases, impls).
export const listers: Record<string, Lister> = {
  shapes: () =>
    tableListing(
      ["NAME", "KIND", "DOCUMENTED IN"],
      catalogue.map((shape) => [shape.name, shape.kind, describeSource(shape.sources[0] ?? { kind: "seed", file: "?" })]),
    ),
  findings() {
    const lines: string[] = [];
    for (const finding of findings) {
      lines.push(`${finding.id}\n  ${finding.title}\n`);
      for (const reading of finding.readings) {
        const verdict = reading.verdict ? ` (${reading.verdict})` : "";
        const marker = reading.name === finding.documented ? "* " : "  ";
        lines.push(`  ${marker}${reading.name}${verdict}: ${reading.says}\n      ${reading.sources.map(describeSource).join("; ")}\n`);
      }
      if (finding.disputes.length > 0)
        lines.push(
          `  disputes: ${finding.disputes.map((dispute) => dispute.rule + (dispute.values ? ` for ${JSON.stringify(dispute.values)}` : "")).join(", ")}\n`,
        );
      lines.push("\n");
    }
    lines.push("* marks the reading the catalogue applies by default; choose another with --reading <finding>=<reading>.\n");
    const data = findings.map((finding) => ({
      id: finding.id,
      title: finding.title,
      documented: finding.documented,
      readings: finding.readings.map((reading) => ({ ...reading, sources: reading.sources.map(describeSource) })),
      disputes: finding.disputes,
    }));
    return { text: lines.join(""), data };
  },
  cases: listCases,
  impls() {
    const sdks = registeredHarnesses().map((harness) => [harness.id, `--sdk (${harness.language})`, `${harness.sdk} ${harness.version}`]);
    return tableListing(
      ["NAME", "KIND", "WHAT"],
      [...Object.entries(implementations).map(([name, { summary }]) => [name, "--impl (in-process)", summary]), ...sdks],
      `Any published release of a family sweep knows: --sdk ${releaseForm} (installed into the cache when it starts).\n` +
        'Any other implementation: --harness "<command>" (protocol v1, see docs/protocol.md).\n',
    );
  },
  rules({ shape }) {
    const rules = shape === undefined ? allRules() : resolveShape(shape, "list rules").rules;
    return tableListing(
      ["RULE", "EXPECTS"],
      rules.map((rule) => [rule.id, rule.expected]),
    );
  },
};

const options = {
  shape: { type: "string", help: "list cases: only this shape's (or stream); list rules: only this shape's", defaultText: "every shape" },
  ...corpusOption,
  ...formatOption,
} as const satisfies OptionSpecs;

export const list: Command = {
  name: "list",
  summary: "list shapes, findings, rules and more",
  listing: true,
  usage: `imagegen-conformance list <${Object.keys(listers).join("|")}> [--shape <name>] [--corpus <dir>] ${formatUsage}`,
  options,
  async run(args, terminal) {
    const { values, positionals } = parseArguments("list", args, options);
    const { io, json } = outputFormat("list", values.format, terminal);
    const what = positionals[0];
    const lister = what === undefined ? undefined : listers[what];
    if (positionals.length !== 1 || lister === undefined) {
      throw new UsageError(
        `list: expected one of ${Object.keys(listers).join(", ")}, received ${what === undefined ? "nothing" : JSON.stringify(positionals.join(" "))}`,
      );
    }
    const listing = lister({
      ...(values.shape === undefined ? {} : { shape: values.shape }),
      ...(values.corpus === undefined ? {} : { corpus: values.corpus }),
    });
    if (values.format === "json") json(listing.data);
    else io.stdout(listing.text);
    return 0;
  },
};
