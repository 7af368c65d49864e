import { loadCorpus } from "@imagegen-conformance/fixtures";
import { resolveShape } from "../../cli/resolve-shape.js";
import { type Listing, tableListing } from "./listing.js";

/** `list cases [--shape <name>]`: one line per corpus case. */
export function listCases({ shape, corpus }: { shape?: string; corpus?: string }): Listing {
  const wanted = shape === undefined || shape === "stream" ? shape : resolveShape(shape, "list cases").name;
  const cases = loadCorpus(corpus).filter((testCase) => wanted === undefined || testCase.shape === wanted);
  const verdict = (testCase: (typeof cases)[number]) =>
    testCase.expect.verdict === "reject" ? `reject ${testCase.expect.rules.join(",") || "(not JSON)"}` : testCase.expect.verdict;
  return tableListing(
    ["ID", "LEVEL", "EXPECT"],
    cases.map((testCase) => [testCase.id, testCase.level, verdict(testCase)]),
    `${cases.length} cases\n`,
  );
}
