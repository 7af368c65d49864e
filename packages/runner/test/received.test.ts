import { type DecodedValue, decodeSse, findShape, isJsonObject, type JsonObject, type Profile, type ProtocolResult } from "@imagegen-conformance/core";
import { type Case, type Expectation, loadCorpus } from "@imagegen-conformance/fixtures";
import { describe, expect, it } from "vitest";
import { decodeContext, judgeDecode } from "../src/checks/judge-decode.js";
import { judgeStream } from "../src/checks/judge-stream.js";
import { type Description, ProfileTally, profileMismatches, referenceImplementation } from "../src/index.js";

const shape = findShape("ImageGenToolCall");
if (!shape) throw new Error("no ImageGenToolCall in the catalogue");
const valid = '{"type":"image_generation_call","id":"ig_1","status":"completed","result":"aGk="}';
const missingId = '{"type":"image_generation_call","status":"completed","result":"aGk="}';
const client: Description = { ...referenceImplementation.describe(), entry: { name: "client", kind: "client", calls: "client.send()" } };

const caseOf = (input: string, expect: Expectation): Case => ({
  id: `received/${input.length}#00000000`,
  shape: shape.name,
  operation: "decode",
  description: "",
  source: { kind: "rule", ref: "received" },
  tags: [],
  input,
  expect,
  level: "required",
});

function judge(input: string, expect: Expectation, result: Omit<ProtocolResult, "id">) {
  const testCase = caseOf(input, expect);
  const context = decodeContext(shape, testCase, client, "decode ImageGenToolCall");
  return judgeDecode(context, { kind: "result", result: { id: testCase.id, ...result } as ProtocolResult });
}
const ok = (value: Partial<DecodedValue>) => ({ status: "ok", ...value }) as Omit<ProtocolResult, "id">;
const broken: Expectation = { verdict: "reject", rules: ["ImageGenToolCall/id/required"] };

describe("what came back, judged by the runner", () => {
  it("a valid value returned as another type, raw or as nothing is a misread; as the SDK's own unknown, a failure too", () => {
    expect(judge(valid, { verdict: "accept" }, ok({ output: valid, received: "other", type: "ResponseOutputMessage" }))).toMatchObject({
      kind: "failed",
      reason: "misread a valid value: returned as another type, ResponseOutputMessage, unmarked, not core ImageGenToolCall",
      behaved: "accept",
      received: "other ResponseOutputMessage",
    });
    expect(judge(valid, { verdict: "accept" }, ok({ output: valid, received: "raw" })).reason).toMatch(/^misread a valid value: returned as the raw value/);
    expect(judge(valid, { verdict: "accept" }, ok({ received: "nothing" }))).toMatchObject({ kind: "failed", behaved: "reject", received: "nothing" });
    expect(judge(valid, { verdict: "accept" }, ok({ output: valid, received: "unknown" })).reason).toMatch(/^marked a valid value unknown/);
    expect(judge(valid, { verdict: "accept" }, ok({ output: valid }))).toMatchObject({ kind: "passed", received: "declared", behaved: "accept" });
  });

  it("an invalid value handed over unmarked, as any type, is accepted; marked unknown or dropped, it is not", () => {
    expect(judge(missingId, broken, ok({ output: missingId, received: "other", type: "ResponsesServerToolOutput" }))).toMatchObject({
      kind: "failed",
      unenforced: ["ImageGenToolCall/id/required"],
      behaved: "accept",
    });
    expect(judge(missingId, broken, ok({ output: missingId, received: "raw" })).kind).toBe("failed");
    expect(judge(missingId, broken, ok({ output: missingId }))).toMatchObject({ kind: "failed", behaved: "accept" });
    expect(judge(missingId, broken, ok({ output: missingId, received: "unknown" }))).toMatchObject({ kind: "passed", behaved: "reject" });
    expect(judge(missingId, broken, ok({ received: "nothing" }))).toMatchObject({
      kind: "passed",
      reason: "dropped: no error, and the user's code receives nothing for it",
    });
  });

  it("a client entry's skip stands only where the runner agrees the bytes cannot be served unchanged", () => {
    const skip = { status: "skipped", reason: "cannot" } as Omit<ProtocolResult, "id">;
    expect(judge(`\uFEFF${valid}`, { verdict: "accept" }, skip)).toMatchObject({ kind: "skipped" });
    expect(judge(`${valid} ${valid}`, { verdict: "accept" }, skip)).toMatchObject({ kind: "skipped" });
    expect(judge(valid, { verdict: "accept" }, skip)).toMatchObject({ kind: "harness-error" });
  });
});

describe("the measured profile", () => {
  const declared: Profile = { unknown_fields: "preserve", null_vs_absent: "distinct", enums: "open", key_casing: "wire", numbers: "double" };

  it("reports a strict setting the answers broke, and a lenient one they never needed; nothing where no case exercised it", () => {
    const tally = new ProfileTally();
    tally.add("b#1", { unknown_fields: "drop", numbers: "exact" });
    tally.add("a#1", { unknown_fields: "preserve", numbers: "exact", key_casing: "wire" });
    const mismatches = profileMismatches(declared, tally.measured());
    expect(mismatches).toEqual([
      { dimension: "unknown_fields", says: "declared unknown_fields: preserve, but the SDK showed drop on 1 of 2 cases that exercise it (e.g. b#1)" },
      {
        dimension: "numbers",
        says: "declared numbers: double, which allows more than the SDK does: it showed exact on all 2 cases that exercise it (e.g. a#1)",
      },
    ]);
    expect(profileMismatches(declared, new ProfileTally().measured())).toEqual([]);
  });

  it("names the least case id as the example, whatever order the cases came in", () => {
    const [forward, backward] = [new ProfileTally(), new ProfileTally()];
    for (const id of ["c", "a", "b"]) forward.add(id, { enums: "closed" });
    for (const id of ["b", "a", "c"]) backward.add(id, { enums: "closed" });
    expect(forward.measured()).toEqual(backward.measured());
    expect(forward.measured().enums?.examples).toEqual({ closed: "a" });
  });
});

describe("a stream with one broken event, judged by what came back for that event", () => {
  const sent = [{ type: "response.created" }, { type: "response.image_generation_call.generating", output_index: 7977.54 }, { type: "response.completed" }];
  const testCase = {
    ...caseOf("", { verdict: "reject", rules: ["ImageGenCallGeneratingEvent/output_index/integer"] }),
    shape: "stream",
    operation: "stream",
    event: 1,
  } as Case;
  const values = (...received: (DecodedValue["received"] | undefined)[]) =>
    received.map((kind, index) => (kind === "nothing" ? { received: kind } : { output: JSON.stringify(sent[index]), ...(kind ? { received: kind } : {}) }));
  const judged = (events: Partial<DecodedValue>[]) =>
    judgeStream({ testCase, description: client, cuts: [[]], expected: sent }, [
      { kind: "result", result: { id: "s", status: "ok", events: events as DecodedValue[] } },
    ]);

  it("marked unknown or dropped while the stream read on: not handed over", () => {
    expect(judged(values(undefined, "unknown", undefined))).toMatchObject({ kind: "passed", received: "2 declared; unknown: event 1" });
    expect(judged(values(undefined, "nothing", undefined)).kind).toBe("passed");
    expect(judged([values(undefined)[0] as DecodedValue, { output: JSON.stringify(sent[2]) }]).reason).toMatch(/was not yielded: dropped/);
  });

  it("handed over as its declared type, or a stream that goes quiet at it with no error: accepted", () => {
    expect(judged(values(undefined, undefined, undefined))).toMatchObject({
      kind: "failed",
      reason: "accepted a stream that breaks ImageGenCallGeneratingEvent/output_index/integer: event 1 came back as declared",
    });
    expect(judged(values(undefined)).reason).toMatch(/it yielded nothing from event 1 \(the broken one\) on, and raised no error$/);
  });
});

describe("a valid stream's events, compared under the declared profile", () => {
  const testCase = loadCorpus().find((candidate) => candidate.id.startsWith("streams/forward/unknown-fields-in-events#"));
  if (!testCase) throw new Error("no stream with unknown fields in the corpus");
  const sent = decodeSse([new TextEncoder().encode(testCase.input)]).map((event) => JSON.parse(event.data) as JsonObject);
  const withoutUnknown = ({ x_unknown_field: _dropped, ...event }: JsonObject): JsonObject =>
    isJsonObject(event.item) ? { ...event, item: withoutUnknown(event.item) } : event;
  const judged = (unknown_fields: Profile["unknown_fields"], events: JsonObject[]) =>
    judgeStream({ testCase, description: { ...client, profile: { ...client.profile, unknown_fields } }, cuts: [[]], expected: sent }, [
      { kind: "result", result: { id: "s", status: "ok", events: events.map((event) => ({ output: JSON.stringify(event) })) } },
    ]);

  it("show what the events exercised: unknown fields kept, or dropped as the profile allows, or against it", () => {
    expect(judged("preserve", sent)).toMatchObject({ kind: "passed", fidelity: "exact", observed: { unknown_fields: "preserve" } });
    const allowed = judged("drop", sent.map(withoutUnknown));
    expect(allowed).toMatchObject({ kind: "passed", fidelity: "allowed", observed: { unknown_fields: "drop" } });
    expect(allowed.reason).toMatch(/some changed only as the profile allows$/);
    expect(judged("preserve", sent.map(withoutUnknown))).toMatchObject({ kind: "failed", fidelity: "violating", observed: { unknown_fields: "drop" } });
  });
});
