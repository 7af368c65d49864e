import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";

// Items that can sit in a response: valid ones, and the invalid ones the client entries were found to misjudge
// (a missing id, result 42, an upper-case or hyphenated type), non-objects, and JSON edge cases.
const itemRules = [
  ...["valid/realistic", "valid/result-null", "valid/status-in_progress", "valid/status-generating", "valid/status-failed"],
  ...["id-required/missing", "result-type/number", "type-literal/upper-case", "type-literal/hyphenated", "id-type/number"],
  ...["status-required/missing", "status-type/number", "status-enum/queued", "$-object/array", "$-object/null", "$-object/string", "all-fields-wrong"],
];
const edges = ["json/escaped-literal", "json/escaped-id", "json/whitespace-and-crlf", "json/empty-strings", "json/large-result", "json/nul-in-id"];
const streamIds = ["streams/golden/one-call-1-partials", "streams/forward/unknown-prefixed-event", "streams/broken/item-id-changes", "streams/format/crlf"];

/**
 * The sample every acceptance test puts to an SDK's client directly and to its client entry: about 20 item cases,
 * valid and invalid, and 4 streams (the golden one first). Each test adds streams of its own where it needs them.
 */
export function clientSample(corpus: readonly Case[] = loadCorpus()): { items: Case[]; streams: Case[]; golden: Case } {
  // Each name is one case: a renamed case fails here, not as a quietly smaller sample.
  const byId = (prefix: string) => {
    const found = corpus.filter((testCase) => testCase.id.startsWith(prefix));
    if (found.length !== 1) throw new Error(`the client sample's ${prefix} matches ${found.length} corpus cases, not 1`);
    return found;
  };
  const items = [...itemRules.map((rule) => `rules/ImageGenToolCall/${rule}#`), ...edges.map((name) => `${name}#`)].flatMap(byId);
  const streams = streamIds.flatMap((id) => byId(`${id}#`));
  const golden = streams[0];
  if (!golden) throw new Error("the corpus has no golden stream");
  return { items, streams, golden };
}
