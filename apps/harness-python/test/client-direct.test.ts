import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Case, loadCorpus } from "@imagegen-conformance/fixtures";
import { entryOutcomes, registeredHarnesses } from "@imagegen-conformance/runner/testing";
import { beforeAll, describe, expect, it } from "vitest";

// Issue 11's first acceptance check: each pinned SDK's client, called directly by code that shares nothing with the
// harness (test/client_direct.py, written as user code is), agrees on a sample of corpus cases with what the runner
// makes of the client entry's answers: raised or not, and the class the user's code receives.
const app = fileURLToPath(new URL("..", import.meta.url));
const corpus = loadCorpus();

// The item shapes each client entry decodes (response.output[0]).
const clientShapes: Record<string, string[]> = { openai: ["ImageGenToolCall"], openrouter: ["ImageGenToolCall", "OutputImageGenerationCallItem"] };
const ruleCases = [
  ...["valid/realistic", "valid/result-null", "valid/status-in_progress", "valid/status-generating", "valid/status-failed", "valid/without-result"],
  ...["$-object/null", "$-object/array", "$-object/string", "type-required/missing", "type-literal/upper-case", "type-literal/hyphenated"],
  ...["id-required/missing", "id-type/number", "result-type/number", "status-enum/queued", "all-fields-wrong"],
];
const jsonCases = ["escaped-literal", "escaped-id", "whitespace-and-crlf", "empty-strings", "nul-in-id"];
const streamCases = [
  "streams/golden/one-call-1-partials#",
  "streams/forward/unknown-prefixed-event#",
  "streams/invalid-event/ResponseOutputItemAddedEvent/item.id-required/missing#",
  "streams/unknown-type/ImageGenCallGeneratingEvent/type-literal/RESPONSE.IMAGE_GENERATION_CALL.GENERATING#",
  "streams/invalid-event/ImageGenCallPartialImageEvent/$-object/null#",
];

function sample(sdk: string): { items: Case[]; streams: Case[] } {
  const shapes = clientShapes[sdk] ?? [];
  const items = corpus.filter(
    (testCase) =>
      testCase.operation === "decode" &&
      shapes.includes(testCase.shape) &&
      (ruleCases.some((name) => testCase.id.startsWith(`rules/${testCase.shape}/${name}#`)) ||
        jsonCases.some((name) => testCase.id.startsWith(`json/${name}#`))),
  );
  const streams = streamCases.map((prefix) => corpus.find((testCase) => testCase.id.startsWith(prefix))).filter((testCase) => testCase !== undefined);
  return { items, streams };
}

type Direct = { raised?: string | null; got?: string; events?: string[] };

function callDirectly(sdk: string, items: Case[], streams: Case[]): Record<string, Direct> {
  const text = (testCase: Case) => (testCase as { input: string }).input;
  const request = { sdk, items: items.map((c) => ({ id: c.id, text: text(c) })), streams: streams.map((c) => ({ id: c.id, text: text(c) })) };
  const run = spawnSync(".venv/bin/python", ["test/client_direct.py"], { cwd: app, input: JSON.stringify(request), encoding: "utf8", maxBuffer: 64 << 20 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, Direct>;
}

const handedOver = (got: string) => ["declared", "other", "raw"].includes(got.split(" ")[0] ?? "");

/** "7 declared; unknown UnknownStreamEvents: events 3, 4" (or nothing: every event declared) as counts per kind. */
function eventCounts(received: string | undefined): Record<string, number> | undefined {
  if (received === undefined) return undefined;
  const [declared, ...others] = received.split("; ");
  const counts: Record<string, number> = { declared: Number(declared?.replace(/ declared$/, "")) };
  for (const part of others) {
    const at = part.lastIndexOf(": event");
    counts[part.slice(0, at)] = part.slice(at).split(",").length;
  }
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}

function tally(events: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event] = (counts[event] ?? 0) + 1;
  return counts;
}

beforeAll(() => {
  const setup = spawnSync("sh", ["setup.sh"], { cwd: app, encoding: "utf8" });
  expect(setup.status, setup.stderr).toBe(0);
}, 600_000);

describe.each(registeredHarnesses(app).filter((entry) => entry.id.endsWith("/client")))("$id", (entry) => {
  const sdk = (entry as { sdk?: string }).sdk ?? "";
  const { items, streams } = sample(sdk);

  it("samples valid and invalid items, the issue's symptoms among them, and streams", () => {
    const verdicts = items.map((testCase) => testCase.expect.verdict);
    expect(verdicts.filter((verdict) => verdict === "accept").length).toBeGreaterThanOrEqual(10);
    expect(verdicts.filter((verdict) => verdict === "reject").length).toBeGreaterThanOrEqual(10);
    for (const symptom of ["id-required/missing", "result-type/number", "type-literal/upper-case"])
      expect(items.some((testCase) => testCase.id.includes(`/${symptom}#`))).toBe(true);
    expect(streams).toHaveLength(streamCases.length);
  });

  it("agrees with the SDK's client called directly on every sampled case", async () => {
    const direct = callDirectly(sdk, items, streams);
    const outcomes = await entryOutcomes(entry.command, app, [...items, ...streams]);
    const kinds = new Set<string>();
    for (const testCase of items) {
      const seen = direct[testCase.id];
      const outcome = outcomes.get(testCase.id);
      const where = `${testCase.id}: directly ${JSON.stringify(seen)}, through the harness ${JSON.stringify(outcome)}`;
      if (seen?.raised) {
        kinds.add("raised");
        expect({ behaved: outcome?.behaved, received: outcome?.received }, where).toEqual({ behaved: "reject", received: undefined });
      } else {
        kinds.add(seen?.got?.split(" ")[0] ?? "");
        expect({ behaved: outcome?.behaved, received: outcome?.received }, where).toEqual({
          behaved: handedOver(seen?.got ?? "") ? "accept" : "reject",
          received: seen?.got,
        });
      }
    }
    for (const testCase of streams) {
      const seen = direct[testCase.id];
      const outcome = outcomes.get(testCase.id);
      const where = `${testCase.id}: directly ${JSON.stringify(seen)}, through the harness ${JSON.stringify(outcome)}`;
      expect(outcome?.behaved, where).toBe(seen?.raised ? "reject" : "accept");
      const counts = tally(seen?.events ?? []);
      const reported = eventCounts(outcome?.received);
      if (reported === undefined) expect(Object.keys(counts), where).toEqual(["declared"]);
      else expect(reported, where).toEqual(counts);
    }
    // The sample tells kinds apart: a comparison where everything came back declared could not fail.
    expect(kinds.size).toBeGreaterThanOrEqual(2);
  });
});
