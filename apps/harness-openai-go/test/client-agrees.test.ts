import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { entryOutcomes } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";

// Issue 11's acceptance: openai-go's client, called directly as a user's program calls it (test/probe, which shares no
// code with the harness), hands back on each sampled corpus case what the runner read from the client entry.
const app = fileURLToPath(new URL("..", import.meta.url));
const corpus = loadCorpus();
const bySlug = (slug: string): Case => {
  const found = corpus.find((testCase) => testCase.id.startsWith(`${slug}#`));
  if (!found) throw new Error(`no corpus case ${slug}`);
  return found;
};
const items = (shape: string, slugs: string[]) => slugs.map((slug) => bySlug(`rules/${shape}/${slug}`));
const sample: Case[] = [
  ...items("ImageGenToolCall", ["valid/realistic", "valid/result-null", "valid/status-in_progress", "valid/status-generating", "valid/status-failed"]),
  ...items("OutputImageGenerationCallItem", ["valid/realistic", "valid/without-result", "valid/result-null", "valid/without-prompt", "valid/status-failed"]),
  ...items("ImageGenToolCall", [
    "id-required/missing",
    "result-type/number",
    "type-literal/upper-case",
    "type-literal/hyphenated",
    "type-required/missing",
    "$-object/array",
    "$-object/string",
    "$-object/null",
    "status-type/number",
    "all-fields-wrong",
  ]),
  ...items("OutputImageGenerationCallItem", ["id-required/missing", "result-type/number", "type-literal/upper-case"]),
  ...[
    "streams/golden/one-call-1-partials",
    "streams/format/cr",
    "streams/forward/unknown-prefixed-event",
    "streams/broken/sequence-number-repeats",
    "streams/format/byte-order-mark",
  ].map(bySlug),
];

interface Observed {
  id: string;
  raised: boolean;
  empty?: boolean;
  type?: string;
  events?: { type: string; item?: string }[];
}

interface Said {
  behaved: string | undefined;
  received: string | undefined;
}

const imageItem = "responses.ResponseOutputItemImageGenerationCall";

// What the direct call's result means, in the runner's words: raised is a rejection with nothing received; an empty
// Output is nothing; a nil AsAny() is the SDK's own unknown; the image item is the declared type; anything else is other.
function itemSaid(observed: Observed): Said {
  if (observed.raised) return { behaved: "reject", received: undefined };
  if (observed.empty) return { behaved: "reject", received: "nothing" };
  if (observed.type === "<nil>") return { behaved: "reject", received: "unknown" };
  if (observed.type === imageItem) return { behaved: "accept", received: "declared" };
  return { behaved: "accept", received: `other ${observed.type}` };
}

// One event: a nil AsAny() is unknown, and so is an output_item event whose item's AsAny() is nil.
function eventSaid({ type, item }: { type: string; item?: string }): string {
  if (type === "<nil>" || item === "<nil>") return "unknown";
  if (item === undefined || item === imageItem) return "declared";
  return `other ${type}{Item: ${item}}`;
}

function probe(cases: readonly Case[]): Map<string, Observed> {
  const input = JSON.stringify(cases.map(({ id, operation, input }) => ({ id, operation, input })));
  const run = spawnSync("./bin/agrees/probe", [], { cwd: app, input, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return new Map((JSON.parse(run.stdout) as Observed[]).map((observed) => [observed.id, observed]));
}

/** Every case where the direct call and the entry's outcome do not say the same, as one line each. */
async function disagreements(entry: string, cases: readonly Case[]): Promise<string[]> {
  const [direct, outcomes] = [probe(cases), await entryOutcomes(`./bin/agrees/harness ${entry}`, app, cases)];
  return cases.flatMap((testCase) => {
    const observed = direct.get(testCase.id);
    const outcome = outcomes.get(testCase.id);
    if (!observed || !outcome) return [`${testCase.id}: ${observed ? "" : "no direct call"} ${outcome ? "" : "no outcome"}`];
    const at = `${testCase.id}: the entry ${outcome.kind} (${outcome.reason})`;
    if (testCase.operation === "stream") {
      const behaved = observed.raised ? "reject" : "accept";
      const texts = (observed.events ?? []).map(eventSaid);
      const others = [...new Set(texts.filter((text) => text !== "declared"))];
      const declared = texts.length - texts.filter((text) => text !== "declared").length;
      const agrees =
        outcome.behaved === behaved &&
        (others.length === 0
          ? outcome.received === undefined
          : outcome.received?.startsWith(`${declared} declared; `) && others.every((text) => outcome.received?.includes(`; ${text}: event`)));
      return agrees ? [] : [`${at}, behaved ${outcome.behaved}, received ${outcome.received}; directly ${behaved}, events ${JSON.stringify(texts)}`];
    }
    const said = itemSaid(observed);
    const agrees = outcome.behaved === said.behaved && outcome.received === said.received;
    return agrees ? [] : [`${at}, behaved ${outcome.behaved}, received ${outcome.received}; directly ${JSON.stringify(said)}`];
  });
}

// The harness as harness.json's prepare builds it, in a folder of its own: native.test.ts rebuilds bin/harness meanwhile.
beforeAll(() => {
  for (const command of ["go build -mod=readonly -trimpath -o bin/agrees/harness .", "go build -mod=readonly -trimpath -o bin/agrees/probe ./test/probe"]) {
    const built = spawnSync("sh", ["-c", command], { cwd: app, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
  }
}, 300_000);

describe("openai-go v3.99.0's client, called directly", () => {
  it("takes a sample of valid and invalid items and streams, every one served at the client entry", () => {
    const decode = sample.filter((testCase) => testCase.operation === "decode");
    expect(decode.filter((testCase) => testCase.expect.verdict === "accept").length).toBeGreaterThanOrEqual(10);
    expect(decode.filter((testCase) => testCase.expect.verdict === "reject").length).toBeGreaterThanOrEqual(10);
    expect(sample.filter((testCase) => testCase.operation === "stream").length).toBeGreaterThanOrEqual(4);
  });

  it("agrees with the client entry's outcome on every sampled case", async () => {
    expect(await disagreements("client", sample)).toEqual([]);
  });

  // The comparison can fail: json.Unmarshal refuses a non-object item that the client drops without an error.
  it("disagrees with the json.Unmarshal entry where that entry is not the client", async () => {
    const found = await disagreements(
      "json.Unmarshal",
      sample.filter((testCase) => testCase.operation === "decode"),
    );
    expect(found.some((line) => line.startsWith(bySlug("rules/ImageGenToolCall/$-object/array").id))).toBe(true);
  });
});
