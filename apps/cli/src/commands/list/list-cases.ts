import { loadCorpus } from "@imagegen-conformance/fixtures";
import type { Io } from "../../cli/command.js";
import { resolveShape } from "../../cli/resolve-shape.js";
import { table } from "../../cli/table.js";

/** `list cases [--shape <name>]`: one line per corpus case. */
export function listCases(io: Io, { shape, corpus }: { shape?: string; corpus?: string }): void {
  const wanted = shape === undefined || shape === "stream" ? shape : resolveShape(shape, "list cases").name;
  const cases = loadCorpus(corpus).filter((testCase) => wanted === undefined || testCase.shape === wanted);
  const verdict = (testCase: (typeof cases)[number]) =>
    testCase.expect.verdict === "reject" ? `reject ${testCase.expect.rules.join(",") || "(not JSON)"}` : testCase.expect.verdict;
  io.stdout(table([["ID", "LEVEL", "EXPECT"], ...cases.map((testCase) => [testCase.id, testCase.level, verdict(testCase)])]));
  io.stdout(`${cases.length} cases\n`);
}
