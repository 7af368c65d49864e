import { type Answer, type Connection, type Implementation, InProcessConnection, referenceImplementation } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { type Contestant, followPath, InputSource, judgeInputs, runCampaign } from "../src/index.js";

const seed = 7;
const shapes = ["ImageGenToolCall", "stream"];

/** Rejects everything: it disagrees with the reference on every valid input, so the campaign has findings to shrink. */
const liar: Implementation = {
  describe: () => ({ ...referenceImplementation.describe(), name: "liar" }),
  decode: () => ({ status: "rejected", message: "no" }),
  encode: () => ({ status: "rejected", message: "no" }),
  stream: () => ({ status: "rejected", message: "no" }),
};

/** An answer nothing can read: judging it throws, as a runner bug would. */
const unreadable = (): Answer =>
  ({
    kind: "result",
    get result(): never {
      throw new Error("an unreadable result");
    },
  }) as Answer;

/** The liar behind a connection that breaks on chosen inputs: answers no one can read, or an ask that throws. */
function sabotaged(poisoned: RegExp, refused: RegExp): Contestant {
  const inner = new InProcessConnection(liar);
  const connection: Connection = {
    description: inner.description,
    violations: [],
    close: () => inner.close(),
    async ask(requests) {
      if (requests.some((request) => refused.test(request.id))) throw new Error("the connection broke");
      const answers = await inner.ask(requests);
      return answers.map((answer, index) => (poisoned.test(requests[index]?.id ?? "") ? unreadable() : answer));
    },
  };
  return { label: "liar@1", connection, reach: { impl: "liar" } };
}
const reference: Contestant = { label: "reference@1", connection: new InProcessConnection(referenceImplementation), reach: { impl: "reference" } };

describe("a fuzz campaign with inputs it cannot judge", () => {
  // Input 3 answers unreadably, input 5 breaks the whole ask, and every shrink candidate numbered 0 answers unreadably.
  const contestants = [reference, sabotaged(new RegExp(`/${seed}-3#|:0#`), new RegExp(`/${seed}-5#`))];

  it("goes on, judges every other input, and names each it could not judge so it replays", async () => {
    const source = new InputSource(shapes, seed);
    const written: string[] = [];
    const result = await runCampaign({
      contestants,
      source,
      seed,
      runs: 24,
      batch: 8,
      maxFindings: 3,
      write(finding) {
        if (written.length === 0) {
          written.push("refused");
          throw new Error("the disk is full");
        }
        written.push(finding.first.signature);
      },
    });
    expect(result.checked).toBe(24);
    expect(result.findings.length).toBeGreaterThan(0);
    const byPath = new Map(result.unjudged.named.map((entry) => [entry.path, entry.reason]));
    expect(byPath.get("3")).toMatch(/^liar@1: the runner could not judge it: Error: an unreadable result$/);
    expect(byPath.get("5")).toMatch(/^liar@1: the runner could not ask it: Error: the connection broke$/);
    expect([...byPath].filter(([path, reason]) => /^\d+(:\d+)*:0$/.test(path) && reason.includes("unreadable")).length).toBeGreaterThan(0);
    expect([...byPath.values()].filter((reason) => reason === "its counterexample could not be written: Error: the disk is full")).toHaveLength(1);
    expect(written.length).toBe(result.findings.length);
    expect(result.unjudged.count).toBe(result.unjudged.named.length);
    // Inputs in the same batch as the broken ones were still judged.
    const [four] = await judgeInputs([source.input(4)], contestants, seed);
    expect(four?.unjudged).toBeUndefined();
  });

  it("meets the same fault again when an unjudged input is replayed by its path", async () => {
    const source = new InputSource(shapes, seed);
    const [replayed] = await judgeInputs([followPath(source.input(3), [], source)], contestants, seed);
    expect(replayed?.unjudged).toMatch(/unreadable result/);
    expect(replayed?.signature).not.toMatch(/unjudged/);
  });
});
