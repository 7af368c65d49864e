import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import type { CatalogueVerdict } from "./catalogue-verdict.js";

/**
 * An input that is a corpus case, byte for byte and as the same shape, is judged by that case's written expectation:
 * it records readings raw text cannot show (another document's reading of a whole stream, a finding's outputs).
 * Undefined for any other input, which is judged by what the catalogue derives from the text.
 */
export function corpusVerdict(shape: string, text: string, derived: CatalogueVerdict): CatalogueVerdict | undefined {
  const match = loadCorpus().find((testCase: Case) => testCase.shape === shape && testCase.input === text);
  if (!match) return undefined;
  return { ...derived, expect: match.expect, corpusCase: match.id, ...(match.event === undefined ? {} : { event: match.event }) };
}
