import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Case, caseId } from "@imagegen-conformance/fixtures";
import { isProblem, type Reproducer, safeName } from "@imagegen-conformance/runner";
import type { Contestant } from "./judge-inputs.js";
import type { Finding } from "./run-campaign.js";

export interface WrittenCounterexample {
  caseFile: string;
  reproducers: string[];
  testCase: Case;
  path: string;
}

/**
 * Writes a shrunk disagreement twice: as a corpus-ready case file (source
 * `counterexample`, with the command, seed and path that found it) and as a
 * reproducer per implementation that failed it, for `imagegen-conformance replay`.
 */
export function writeCounterexample(
  directory: string,
  finding: Finding,
  contestants: readonly Contestant[],
  seed: number,
  command: string,
  today: string,
): WrittenCounterexample {
  const minimal = finding.minimal;
  const path = [minimal.input.index, ...finding.path].join(":");
  const implementations = [...new Set([...minimal.failing, ...minimal.verdicts.keys()])].sort();
  const shape = minimal.input.shape;
  const slug = `counterexamples/${shape}/${createHash("sha256").update(finding.first.signature).digest("hex").slice(0, 10)}`;
  const base = minimal.input.testCase;
  const testCase: Case = {
    ...base,
    id: caseId(slug, base.shape, base.input, base.expect),
    description: `Found by fuzzing: ${finding.first.signature}`,
    source: {
      kind: "counterexample",
      ref: `fuzz seed ${seed}, path ${path}`,
      found: { command: `${command} --seed ${seed} --replay-path ${path}`, seed, path, implementations, date: today },
    },
    tags: ["counterexample", base.operation === "stream" ? "stream" : "decode", base.expect.verdict],
  };
  mkdirSync(join(directory, "counterexamples"), { recursive: true });
  const caseFile = join(directory, "counterexamples", `${safeName(slug.replace("counterexamples/", ""))}.json`);
  writeFileSync(caseFile, `${JSON.stringify([testCase], null, 2)}\n`);
  const reproducers = minimal.failing.map((label) => {
    const contestant = contestants.find((candidate) => candidate.label === label);
    const outcome = minimal.outcomes.get(label)?.find((candidate) => isProblem(candidate.kind));
    const reproducer: Reproducer = {
      format: "imagegen-conformance/reproducer@1",
      implementation: label,
      reach: contestant?.reach ?? { impl: label },
      check: testCase.operation === "stream" ? "stream" : "decode",
      case: testCase,
      outcome: { kind: outcome?.kind ?? "failed", reason: outcome?.reason ?? "" },
      seed,
    };
    const file = join(directory, "reproducers", safeName(label), `${safeName(slug)}.json`);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, `${JSON.stringify(reproducer, null, 2)}\n`);
    return file;
  });
  return { caseFile, reproducers, testCase, path };
}
