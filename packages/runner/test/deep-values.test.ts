import { findShape, streamEventShapes } from "@imagegen-conformance/core";
import type { Case } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { decodeContext, judgeDecode } from "../src/checks/judge-decode.js";
import { judgeStream } from "../src/checks/judge-stream.js";
import { type Description, type Implementation, inProcess, type Outcome, planTasks, referenceImplementation, runConformance } from "../src/index.js";

// Values nested far deeper than any recursive walk survives: the runner must judge them all the same.
const deep = (depth: number, leaf = "1") => `${'{"a":'.repeat(depth)}${leaf}${"}".repeat(depth)}`;
const item = (extra: string) => `{"type":"image_generation_call","id":"ig_1","status":"completed","result":"aGk=",${extra}}`;
const shape = findShape("ImageGenToolCall");
if (!shape) throw new Error("no ImageGenToolCall in the catalogue");

const description: Description = { ...referenceImplementation.describe(), name: "deep", profile: { ...referenceImplementation.describe().profile } };
const decodeCase = (input: string): Case => ({
  id: `deep/${input.length}#00000000`,
  shape: shape.name,
  operation: "decode",
  description: "a valid item with a deeply nested unknown field",
  source: { kind: "rule", ref: "deep" },
  tags: [],
  input,
  expect: { verdict: "accept" },
  level: "required",
});

function judge(input: string, output: string): Outcome {
  const testCase = decodeCase(input);
  const context = decodeContext(shape, testCase, description, "decode");
  return judgeDecode(context, { kind: "result", result: { id: testCase.id, status: "ok", output } });
}

describe("decode answers nested thousands of levels deep", () => {
  const input = item(`"x":${deep(5000)}`);

  it("passes an exact echo, byte for byte and reformatted", () => {
    expect(judge(input, input)).toMatchObject({ kind: "passed", fidelity: "exact" });
    // Other whitespace and key order: the values are compared, not the text.
    const reformatted = `{ "x" : ${deep(5000)}, "result":"aGk=", "status":"completed", "id":"ig_1", "type":"image_generation_call" }`;
    expect(judge(input, reformatted)).toMatchObject({ kind: "passed", fidelity: "exact" });
  });

  it("fails an output that adds a deep subtree, saying where", () => {
    const added = judge(input, item(`"x":${deep(5000)},"y":${deep(5000)}`));
    expect(added.kind).toBe("failed");
    expect(added.reason).toMatch(/^accepted, but the round trip changed it: \/y: a field that was not sent came back: \{"a":\{"a"/);
    expect(added.reason.length).toBeLessThan(1000);
  });

  it("fails an output that differs 5000 levels down, naming the depth and the leaf", () => {
    const changed = judge(input, item(`"x":${deep(5000, '{"b":2}')}`));
    expect(changed.kind).toBe("failed");
    expect(changed.reason).toMatch(/\/x\/a\/a\/.*…\(\d+ more levels\)….*\/a\/a: 1 came back as \{"b":2\}/);
    expect(changed.reason.length).toBeLessThan(1000);
  });

  it("judges a 100,000-deep output without overflowing the stack", () => {
    const outcome = judge(input, item(`"x":${deep(100_000)}`));
    expect(outcome.kind).toBe("failed");
    expect(outcome.reason).toMatch(/\/x\/a\/.*…\(\d+ more levels\)…/);
    expect(outcome.reason.length).toBeLessThan(1000);
    expect(judge(item(`"x":${deep(100_000)}`), item(`"x":${deep(100_000)}`).replace(":", " : "))).toMatchObject({ kind: "passed" });
  });

  it("fails a native-form output of an unreadable depth no differently", () => {
    const native = { ...description, language: "go", profile: { ...description.profile, key_casing: "native" as const } };
    const testCase = decodeCase(input);
    const output = `{"Type":"image_generation_call","ID":"ig_1","Status":"completed","Result":"aGk=","x":${deep(100_000)}}`;
    const outcome = judgeDecode(decodeContext(shape, testCase, native, "decode"), {
      kind: "result",
      result: { id: testCase.id, status: "ok", output, form: "native" },
    });
    expect(outcome.kind).toBe("failed");
  });
});

describe("a run over deep inputs and outputs", () => {
  const input = item(`"x":${deep(5000)}`);
  const answering = (output: (input: string) => string): Implementation => ({
    describe: () => description,
    decode: (_shape, text) => ({ status: "accepted", output: output(text) }),
    encode: (_shape, text) => ({ status: "accepted", output: output(text) }),
  });

  it("finishes with an outcome per case when the implementation answers a deep value", async () => {
    const outcomes: Outcome[] = [];
    const summary = await runConformance({
      targets: [
        inProcess(
          "deep",
          answering(() => item(`"x":${deep(5000, "2")}`)),
        ),
      ],
      cases: [decodeCase(input), decodeCase(item('"x":1'))],
      seed: 1,
      onOutcome: (_label, _task, outcome) => outcomes.push(outcome),
    });
    expect(summary.conformant).toBe(false);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["failed", "failed", "failed", "failed"]);
  });

  it("plans and judges a deep corpus case, the encode check too, against the reference", async () => {
    const cases = [decodeCase(item(`"x":${deep(5000)}`)), decodeCase(item(`"x":${deep(100_000)}`))];
    expect([...planTasks(cases, description, { seed: 1 })].map((task) => task.key)).toHaveLength(4);
    const outcomes: Outcome[] = [];
    await runConformance({
      targets: [inProcess("reference", referenceImplementation)],
      cases,
      seed: 1,
      onOutcome: (_label, _task, outcome) => outcomes.push(outcome),
    });
    expect(outcomes.map((outcome) => [outcome.kind, outcome.fidelity])).toEqual([
      ["passed", "exact"],
      ["passed", "exact"],
      ["passed", "exact"],
      ["passed", "exact"],
    ]);
  });
});

describe("stream answers with deep events", () => {
  const events = (extra: string) => [
    `{"type":"response.output_item.added","output_index":0,"item":{"id":"ig_1","type":"image_generation_call","status":"in_progress"},"sequence_number":0}`,
    `{"type":"response.image_generation_call.in_progress","output_index":0,"item_id":"ig_1","sequence_number":1,${extra}}`,
    `{"type":"response.image_generation_call.generating","output_index":0,"item_id":"ig_1","sequence_number":2}`,
    `{"type":"response.image_generation_call.completed","output_index":0,"item_id":"ig_1","sequence_number":3}`,
    `{"type":"response.output_item.done","output_index":0,"item":{"id":"ig_1","type":"image_generation_call","status":"completed","result":"aGk="},"sequence_number":4}`,
  ];
  const sent = events(`"x":${deep(5000)}`);
  const testCase: Case = { ...decodeCase(""), shape: "stream", operation: "stream", input: sent.map((data) => `data: ${data}\n\n`).join("") };
  const expected = sent.map((data) => JSON.parse(data) as unknown);
  const answer = (outputs: readonly string[]) =>
    ({ kind: "result", result: { id: testCase.id, status: "ok", events: outputs.map((output) => ({ output })) } }) as const;
  const judgeEvents = (outputs: readonly string[]) => judgeStream({ testCase, description, cuts: [[], [10]], expected }, [answer(outputs), answer(outputs)]);

  it("has the events it needs in the catalogue", () => {
    expect(streamEventShapes.has("response.image_generation_call.in_progress")).toBe(true);
  });

  it("passes deep events decoded the same", () => {
    expect(judgeEvents(sent)).toMatchObject({ kind: "passed" });
  });

  it("fails deep events that changed, saying where", () => {
    const outcome = judgeEvents(events(`"x":${deep(5000, "2")}`));
    expect(outcome.kind).toBe("failed");
    expect(outcome.reason).toMatch(/^event 1 \(response\.image_generation_call\.in_progress\) changed: \/x\/a\/.*: 1 came back as 2$/);
    expect(outcome.reason.length).toBeLessThan(1000);
  });

  it("judges 100,000-deep events, and deep values where the invariants read", () => {
    expect(judgeEvents(events(`"x":${deep(100_000)}`)).kind).toBe("failed");
    // A partial image whose index is no number but a value 100,000 levels deep: the invariants judge it too.
    const partial = `{"type":"response.image_generation_call.partial_image","output_index":0,"item_id":"ig_1","sequence_number":3,"partial_image_b64":"aGk=","partial_image_index":${deep(100_000)}}`;
    const indexed = [
      ...events("")
        .slice(0, 3)
        .map((data) => data.replace(",}", "}")),
      partial,
    ];
    const broken = judgeStream({ testCase, description, cuts: [[]], expected: indexed.map((data) => JSON.parse(data) as unknown) }, [answer(indexed)]);
    expect(broken).toMatchObject({ kind: "failed", reason: "the decoded events break partial-image-index-contiguous" });
    const typed = events(`"x":1`).map((data, at) => (at === 1 ? `{"type":${`[`.repeat(100_000)}${"]".repeat(100_000)}}` : data));
    expect(judgeStream({ testCase, description, cuts: [[]], expected }, [answer(typed)]).kind).toBe("failed");
  });
});

describe("an output with very many differences", () => {
  it("lists the first few and counts the rest", () => {
    const extra = Array.from({ length: 100_000 }, (_, index) => `"k${index}":${index}`).join(",");
    const outcome = judge(item('"x":1'), item(`"x":1,${extra}`));
    expect(outcome.reason).toMatch(/^accepted, but the round trip changed it: \/k0: a field that was not sent came back: 0; .*; and 99990 more$/);
    expect(outcome.reason.length).toBeLessThan(1000);
  });
});
