import { describe, expect, it } from "vitest";
import { coverageOf, describeCoverage, emptyCounts, verdictWord } from "../src/index.js";

describe("coverage beside every verdict", () => {
  it("says how many checks were judged and which operations hello never offered", () => {
    // The shape of the @ai-sdk/openai row: streams only, most checks skipped.
    const counts = { ...emptyCounts(), passed: 16, failed: 7, skipped: 415 };
    const coverage = coverageOf(counts, ["stream"]);
    expect(coverage).toEqual({ judged: 23, total: 438, notOffered: ["decode", "encode"], allowed: 0 });
    expect(describeCoverage(coverage)).toBe("23 of 438 checks judged; decode, encode not offered");
  });

  it("says how many passes stand only because the declared profile allows what changed", () => {
    const counts = { ...emptyCounts(), passed: 10 };
    expect(describeCoverage(coverageOf(counts, ["decode", "encode", "stream"], 3))).toBe("10 of 10 checks judged; 3 passed only as its profile allows");
  });

  it("counts every outcome but a skip as judged, and says nothing is missing when all is offered", () => {
    const counts = { ...emptyCounts(), passed: 3, crashed: 1, unjudged: 1, skipped: 2 };
    expect(describeCoverage(coverageOf(counts, ["decode", "encode", "stream"]))).toBe("5 of 7 checks judged");
  });

  it("never says conformant of an incomplete or unavailable implementation", () => {
    expect(verdictWord({ incomplete: true, conformant: true })).toBe("incomplete");
    expect(verdictWord({ unavailable: "no go", incomplete: false, conformant: true })).toBe("unavailable: no go");
    expect(verdictWord({ incomplete: false, conformant: false })).toBe("not conformant");
  });
});
