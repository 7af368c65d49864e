import { type Connection, type Implementation, InProcessConnection, type Request, referenceImplementation } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { bySpeed } from "../src/first-kept.js";
import { type Contestant, InputSource, type Judged, runCampaign } from "../src/index.js";

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

/** The campaign with each answer taking `times` ms (quick ones, the slow one), or unmeasured. */
async function campaign(times?: { quick: number; slow: number }) {
  const asked = { quick: { count: 0 }, slow: { count: 0 } };
  const contestants: Contestant[] = [
    { label: "reference@1", connection: timed(referenceImplementation, times?.quick, asked.quick), reach: { impl: "reference" } },
    { label: "short@1", connection: timed(picky("short", 60), times?.quick, asked.quick), reach: { impl: "short" } },
    { label: "slow@1", connection: timed(picky("slow", 90), times?.slow, asked.slow), reach: { impl: "slow" } },
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
    const everyone = await campaign();
    const cascade = await campaign({ quick: 0.1, slow: 40 });
    expect(everyone.found.length).toBeGreaterThan(1);
    expect(everyone.found.some((finding) => finding.path.length > 2 && finding.signature.includes("slow@1"))).toBe(true);
    expect(cascade.found).toEqual(everyone.found);
    // The slow one was spared most shrink candidates; the quick ones, asked one at a time about a costly finding, some.
    expect(cascade.asked.quick.count).toBeLessThanOrEqual(everyone.asked.quick.count);
    expect(cascade.asked.slow.count).toBeLessThan(everyone.asked.slow.count * 0.8);
  });

  it("asks everyone one candidate at a time about a costly finding, keeping the same candidates", async () => {
    const everyone = await campaign();
    const costly = await campaign({ quick: 20, slow: 20 });
    expect(costly.found).toEqual(everyone.found);
    const total = (run: typeof everyone) => run.asked.quick.count + run.asked.slow.count;
    expect(total(costly)).toBeLessThan(total(everyone) * 0.8);
  });

  it("counts as slow against every implementation asked, so a finding that names only the slow one asks it last too", () => {
    const contestant = (label: string): Contestant => ({ label, connection: timed(referenceImplementation, undefined, { count: 0 }), reach: { impl: label } });
    const [quick, other, slow] = [contestant("quick@1"), contestant("other@1"), contestant("slow@1")];
    const found = {
      ms: new Map([
        ["quick@1", 0.2],
        ["other@1", 0.3],
        ["slow@1", 30],
      ]),
    } as Judged;
    expect(bySpeed([slow as Contestant], found).slow).toEqual([slow]);
    expect(bySpeed([quick as Contestant, other as Contestant, slow as Contestant], found)).toMatchObject({ quick: [quick, other], slow: [slow] });
    // Under a millisecond nothing is worth asking one at a time; unmeasured, everyone is asked at once.
    expect(
      bySpeed([slow as Contestant], {
        ms: new Map([
          ["quick@1", 0.01],
          ["slow@1", 0.5],
        ]),
      } as Judged).slow,
    ).toEqual([]);
    expect(bySpeed([quick as Contestant, slow as Contestant], { ms: new Map([["slow@1", 30]]) } as Judged).slow).toEqual([]);
  });
});
