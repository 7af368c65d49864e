import { describe, expect, it } from "vitest";
import { allRules, findShape } from "../catalogue/catalogue.js";
import { findings } from "./findings.js";

describe("findings", () => {
  const rules = new Set(allRules().map((rule) => rule.id));

  it.each(findings.map((finding) => [finding.id, finding]))("%s names real shapes, rules and readings", (_id, finding) => {
    expect(finding.readings.length).toBeGreaterThanOrEqual(2);
    expect(finding.readings.map((reading) => reading.name)).toContain(finding.documented);
    for (const shape of finding.shapes) expect(findShape(shape), shape).toBeDefined();
    for (const dispute of finding.disputes) expect(rules.has(dispute.rule), dispute.rule).toBe(true);
    for (const reading of finding.readings) expect(reading.sources.length).toBeGreaterThan(0);
    // A finding that disputes a rule has a reading on each side of it.
    const verdicts = new Set(finding.readings.map((reading) => reading.verdict));
    if (finding.disputes.length > 0) expect([...verdicts].sort()).toEqual(["accept", "reject"]);
  });

  it("records the three contradictions the seeds are known for", () => {
    const disputed = findings.flatMap((finding) => finding.disputes.map((dispute) => dispute.rule));
    expect(disputed).toContain("ResponsesOutputItemImageGenerationCall/result/null");
    expect(disputed).toContain("OpenResponsesImageGenCallGenerating/outputIndex/integer");
    expect(findings.map((finding) => finding.id)).toContain("go-pointer-doc-versus-optional-nullable");
  });

  it("has unique ids", () => {
    expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
  });
});
