import { streamExpectation } from "@imagegen-conformance/fixtures";
import { UsageError } from "../../cli/usage-error.js";
import type { CatalogueVerdict } from "./catalogue-verdict.js";

/** The verdict on SSE text, as fixtures derives a stream case's expectation; text with no event is an input error. */
export function streamVerdict(text: string, where: string): CatalogueVerdict {
  const verdict = streamExpectation(text);
  if (!verdict) throw new UsageError(`probe: ${where}: holds no event; expected text/event-stream text (data: lines, each event ended by a blank line)`);
  return verdict;
}
