import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Case } from "@imagegen-conformance/fixtures";
import { type ReportData, renderFindings } from "@imagegen-conformance/report";
import { reproducerPath, safeName } from "@imagegen-conformance/runner";
import { reachArgument } from "../../cli/reach-argument.js";
import { registeredHarnesses, repositoryRoot } from "../../registry/harness-registry.js";
import { today } from "../baseline/gate-results.js";

/** Writes the findings document and copies the reproducer of each example beside it, so it replays on a fresh clone. */
export function writeFindings(path: string, data: ReportData, directory: string, cases: readonly Case[], fuzzInputs: number): void {
  const reproducers = join(dirname(path), "findings", "reproducers");
  rmSync(reproducers, { recursive: true, force: true });
  mkdirSync(reproducers, { recursive: true });
  const inputs = new Map(cases.map((testCase) => [testCase.id, testCase.input]));
  const harnesses = new Map(registeredHarnesses().map((harness) => [harness.id, harness]));
  const labels = new Map(data.implementations.map((implementation) => [implementation.label, implementation.record.command ?? implementation.label]));
  // How each is named again: its reach (a release by its id, never the path of this machine's cache), else its name.
  const again = new Map(
    data.implementations.map(({ label, record }) => [label, record.reach ? reachArgument(record.reach) : `--sdk ${record.command ?? label}`]),
  );
  const text = renderFindings(data, {
    generatedBy: "npm run findings",
    fuzzInputs,

    date: today(),
    describe: (label) => {
      const harness = harnesses.get(labels.get(label) ?? "");
      if (harness) return `\`--sdk ${harness.id}\` (${harness.language})`;
      const record = data.implementations.find((implementation) => implementation.label === label)?.record;
      if (record?.reach && "sdk" in record.reach) return `\`--sdk ${record.reach.sdk}\` (${record.description?.language ?? "an SDK"}, a published release)`;
      return labels.get(label) ?? label;
    },
    inputOf: (id) => inputs.get(id),
    rerun: (caseId, implementationLabels) =>
      `npx imagegen-conformance run ${implementationLabels.map((label) => again.get(label) ?? `--sdk ${label}`).join(" ")} --case '${caseId}'`,
    reproducer: (result) => {
      const key = result.check === "encode" ? `${result.case}@encode` : result.case;
      const source = result.check === "fuzz" ? findCounterexampleReproducer(directory, result) : join(directory, reproducerPath(result.implementation, key));
      if (!source) return undefined;
      const target = join(reproducers, source.split("/").slice(-2).join("-"));
      try {
        copyFileSync(source, target);
      } catch {
        return undefined;
      }
      return relative(repositoryRoot, target).replaceAll("\\", "/");
    },
  });
  writeFileSync(path, text);
}

function findCounterexampleReproducer(directory: string, result: { implementation: string; case: string }): string | undefined {
  const file = join(directory, "reproducers", safeName(result.implementation), `${safeName(result.case.split("#")[0] ?? "")}.json`);
  try {
    readFileSync(file);
    return file;
  } catch {
    return undefined;
  }
}
