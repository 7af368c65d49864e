import { describe, expect, it } from "vitest";
import { BehaviourTally, behaviourClasses, behaviourMatrix, classInfo, classOf, type Description, type ResultRecord, sectionOf } from "../../src/index.js";

const record = (overrides: Partial<ResultRecord>): ResultRecord => ({
  type: "result",
  implementation: "sdk · client",
  case: "rules/x",
  check: "decode",
  shape: "ImageGenToolCall",
  level: "required",
  expect: "accept",
  kind: "passed",
  reason: "",
  ...overrides,
});

const description = (shapes: Record<string, string>) => ({ capabilities: { operations: ["decode"], shapes, batch: 1 } }) as unknown as Description;

describe("classOf: the one mapping from outcomes onto behaviours", () => {
  it.each([
    [{ kind: "errored" }, "crashes"],
    [{ kind: "failed", behaved: "reject" }, "rejects-valid"],
    [{ kind: "failed", behaved: "accept", fidelity: "violating" }, "loses-data"],
    [{ kind: "failed", behaved: "accept", expect: "reject", unenforced: ["ImageGenToolCall/id/type"] }, "lenient"],
    [{ kind: "failed", behaved: "accept", expect: "reject", unenforced: ["ImageGenToolCall/status/enum"], unrecognized: ["/status"] }, "keeps-unknown"],
    [{ kind: "failed", behaved: "accept", expect: "reject", unenforced: ["ImageGenToolCall/status/enum"] }, "lenient"],
    [{ kind: "failed", behaved: "reject", expect: "reject" }, "lenient"],
    [{ kind: "failed", behaved: "accept", expect: "accept" }, "misreads"],
    [{ kind: "passed", fidelity: "allowed" }, "allowed"],
    [{ kind: "passed", expect: "reject" }, "enforces"],
    [{ kind: "skipped" }, undefined],
    [{ kind: "harness-error" }, undefined],
    [{ kind: "timeout" }, undefined],
    [{ kind: "unjudged" }, undefined],
  ] as const)("%o is %s", (overrides, expected) => {
    expect(classOf(record(overrides as Partial<ResultRecord>))).toBe(expected);
  });

  it("an implementation-defined case accepted where every reading rejects is leniency, else a misreading", () => {
    const readings = (verdict: "accept" | "reject") => [{ name: "a", verdict, says: "", source: "" }];
    const accepted = { kind: "failed", behaved: "accept", expect: "implementation-defined" } as const;
    expect(classOf(record({ ...accepted, expected: { verdict: "implementation-defined", readings: readings("reject") } }))).toBe("lenient");
    expect(classOf(record({ ...accepted, expected: { verdict: "implementation-defined", readings: readings("accept") } }))).toBe("misreads");
  });

  it("lists the classes most severe first, each with a symbol and a word, the first four breaking users", () => {
    expect(behaviourClasses.slice(0, 4).every((type) => classInfo[type].breaks)).toBe(true);
    expect(behaviourClasses.slice(4).some((type) => classInfo[type].breaks)).toBe(false);
    expect(new Set(behaviourClasses.map((type) => classInfo[type].symbol)).size).toBe(behaviourClasses.length);
  });
});

describe("BehaviourTally", () => {
  it("counts one behaviour where several shapes of one family map onto one SDK type", () => {
    const tally = new BehaviourTally(["required"]);
    const oneType = description({ ImageGenToolCall: "T", OutputItemImageGenerationCall: "T" });
    for (const shape of ["ImageGenToolCall", "OutputItemImageGenerationCall"])
      tally.add(
        record({
          shape,
          case: `rules/${shape}`,
          kind: "failed",
          behaved: "accept",
          expect: "reject",
          unenforced: [`${shape}/id/type`],
          tests: [`${shape}/id/type`],
        }),
        oneType,
      );
    const behaviours = tally.behaviours();
    expect(behaviours).toHaveLength(1);
    expect(behaviours[0]).toMatchObject({ family: "image_generation_call item", rule: "id/type", sdkType: "T", class: "lenient", gating: true, corpus: 2 });
    expect(behaviours[0]?.shapes).toEqual(["ImageGenToolCall", "OutputItemImageGenerationCall"]);
  });

  it("keeps two SDK types apart, and takes the most severe class with its first example", () => {
    const tally = new BehaviourTally(["required"]);
    const twoTypes = description({ ImageGenToolCall: "A", OutputItemImageGenerationCall: "B" });
    tally.add(record({ case: "b", tests: ["ImageGenToolCall/*"], kind: "errored", level: "optional" }), twoTypes);
    tally.add(record({ case: "a", tests: ["ImageGenToolCall/*"], kind: "errored", level: "optional" }), twoTypes);
    tally.add(record({ case: "c", tests: ["ImageGenToolCall/*"] }), twoTypes);
    tally.add(record({ shape: "OutputItemImageGenerationCall", tests: ["OutputItemImageGenerationCall/*"] }), twoTypes);
    const [first, second] = tally.behaviours();
    expect(first).toMatchObject({ sdkType: "A", class: "crashes", gating: false, classes: { crashes: 2, enforces: 1 } });
    expect(first?.example.case).toBe("a");
    expect(second).toMatchObject({ sdkType: "B", class: "enforces" });
  });

  it("leaves skips and harness problems out: they are no behaviour of the SDK", () => {
    const tally = new BehaviourTally(["required"]);
    tally.add(record({ kind: "skipped" }), undefined);
    tally.add(record({ kind: "timeout" }), undefined);
    expect(tally.behaviours()).toEqual([]);
  });
});

describe("behaviourMatrix", () => {
  it("puts what breaks users first, marks disagreement, and leaves rows everyone enforces last", () => {
    const tally = new BehaviourTally(["required"]);
    tally.add(record({ implementation: "a", tests: ["ImageGenToolCall/id/type"], expect: "reject" }), undefined);
    tally.add(record({ implementation: "b", tests: ["ImageGenToolCall/id/type"], expect: "reject" }), undefined);
    tally.add(record({ implementation: "a", tests: ["ImageGenToolCall/status/type"], kind: "failed", behaved: "accept", expect: "reject" }), undefined);
    tally.add(record({ implementation: "b", tests: ["ImageGenToolCall/status/type"], expect: "reject" }), undefined);
    tally.add(record({ implementation: "a", tests: ["ImageGenToolCall/*"], kind: "failed", behaved: "reject" }), undefined);
    const rows = behaviourMatrix(tally.behaviours());
    expect(rows.map((row) => [row.rule, sectionOf(row), row.disagree])).toEqual([
      ["*", "breaks", false],
      ["status/type", "lenient", true],
      ["id/type", "conforms", false],
    ]);
    expect(rows[0]?.cells.get("a")).toMatchObject({ class: "rejects-valid", gating: true });
  });
});
