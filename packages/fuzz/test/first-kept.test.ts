import { type Connection, type Implementation, InProcessConnection, type Request, referenceImplementation } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { type Contestant, InputSource, runCampaign } from "../src/index.js";

const seed = 11;
const shapes = ["ImageGenToolCall", "stream"];

/** Rejects what is longer than `limit` (text, or a stream's bytes): a disagreement that shrinks to its edge. */
const picky = (name: string, limit: number): Implementation => ({
  describe: () => ({ ...referenceImplementation.describe(), name }),
  decode: (_shape, input) => (input.length > limit ? { status: "rejected", message: "too long" } : { status: "accepted", output: input }),
  stream: (chunks) =>
    chunks.reduce((sum, chunk) => sum + chunk.length, 0) > limit * 4
      ? { status: "rejected", message: "too long" }
      : // biome-ignore lint/style/noNonNullAssertion: the reference always answers a stream
        (referenceImplementation.stream!(chunks) as never),
});

/** A connection whose answers say they took `ms` each (undefined: unmeasured), counting the requests put to it. */
function timed(implementation: Implementation, ms: number | undefined, asked: { count: number }): Connection {
  const inner = new InProcessConnection(implementation);
  return {
    description: inner.description,
    violations: [],
    close: () => inner.close(),
    async ask(requests: readonly Request[]) {
      asked.count += requests.length;
      return (await inner.ask(requests)).map(({ ms: _ms, ...answer }) => (ms === undefined ? answer : { ...answer, ms }));
    },
  };
}

async function campaign(timing: boolean) {
  const asked = { quick: { count: 0 }, slow: { count: 0 } };
  const contestants: Contestant[] = [
    { label: "reference@1", connection: timed(referenceImplementation, timing ? 0.1 : undefined, asked.quick), reach: { impl: "reference" } },
    { label: "short@1", connection: timed(picky("short", 60), timing ? 0.1 : undefined, asked.quick), reach: { impl: "short" } },
    { label: "slow@1", connection: timed(picky("slow", 90), timing ? 40 : undefined, asked.slow), reach: { impl: "slow" } },
  ];
  const result = await runCampaign({ contestants, source: new InputSource(shapes, seed), seed, runs: 60, batch: 20, maxFindings: 6 });
  const found = result.findings.map((finding) => ({
    signature: finding.minimal.signature,
    path: finding.path,
    input: finding.minimal.input.testCase,
    unjudged: finding.unjudged,
  }));
  return { found, asked };
}

describe("shrinking asks a slow implementation last", () => {
  it("keeps the same candidates as asking everyone at once, and asks the slow one less", async () => {
    const everyone = await campaign(false);
    const cascade = await campaign(true);
    expect(everyone.found.length).toBeGreaterThan(1);
    expect(everyone.found.some((finding) => finding.path.length > 2 && finding.signature.includes("slow@1"))).toBe(true);
    expect(cascade.found).toEqual(everyone.found);
    // The same inputs were put to the quick ones; the slow one was spared most shrink candidates.
    expect(cascade.asked.quick.count).toBe(everyone.asked.quick.count);
    expect(cascade.asked.slow.count).toBeLessThan(everyone.asked.slow.count * 0.8);
  });
});
