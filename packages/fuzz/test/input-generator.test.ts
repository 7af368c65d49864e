import { type Implementation, InProcessConnection, referenceImplementation } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { type Contestant, InputSource, runCampaign } from "../src/index.js";
import { InputGenerator } from "../src/input-generator.js";

const shapes = ["ImageGenToolCall", "OutputImageGenerationCallItem", "stream"];
const reference: Contestant = { label: "reference@1", connection: new InProcessConnection(referenceImplementation), reach: { impl: "reference" } };
/** Rejects everything, so the campaign has disagreements to find and shrink. */
const liar: Implementation = {
  describe: () => ({ ...referenceImplementation.describe(), name: "liar" }),
  decode: () => ({ status: "rejected", message: "no" }),
  stream: () => ({ status: "rejected", message: "no" }),
};
const contestants = [reference, { label: "liar@1", connection: new InProcessConnection(liar), reach: { impl: "liar" } }];

describe("inputs made on a worker thread", () => {
  it("are the inputs made here, index for index, and shrink from the same values", async () => {
    const source = new InputSource(shapes, 11);
    const generator = new InputGenerator(source, true);
    const indices = Array.from({ length: 300 }, (_, index) => index);
    const made = await generator.make(indices);
    await generator.close();
    for (const [at, one] of made.entries()) {
      if (!("input" in one)) throw new Error(`input ${at}: ${one.error}`);
      const here = source.input(at);
      expect(one.input.testCase).toStrictEqual(here.testCase);
      // What only this thread can hold is made again from the index when shrinking asks for it.
      expect(one.input.value.value_).toStrictEqual(here.value.value_);
      expect(one.input.arbitrary).toBe(here.arbitrary);
    }
  });

  it("give a campaign the same result as inputs made on this thread", async () => {
    const run = (generateOnWorker: boolean) =>
      runCampaign({ contestants, source: new InputSource(shapes, 5), seed: 5, runs: 600, batch: 100, maxFindings: 3, skipEncode: true, generateOnWorker });
    const summary = ({ findings, ...rest }: Awaited<ReturnType<typeof run>>) => ({
      ...rest,
      findings: findings.map((finding) => [finding.first.signature, finding.path.join(":"), finding.minimal.input.testCase.id]),
    });
    const [worker, here] = [summary(await run(true)), summary(await run(false))];
    expect(worker.checked).toBe(600);
    expect(worker.findings.length).toBeGreaterThan(0);
    expect(worker).toStrictEqual(here);
  });

  it("are made here when the worker is gone, and none is lost", async () => {
    const source = new InputSource(shapes, 3);
    const generator = new InputGenerator(source, true);
    await generator.close();
    const made = await generator.make([0, 1, 2]);
    expect(made.map((one) => ("input" in one ? one.input.testCase.id : one.error))).toStrictEqual([0, 1, 2].map((index) => source.input(index).testCase.id));
  });
});
