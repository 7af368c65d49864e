import { type LogRecordType, logSchema } from "@imagegen-conformance/runner";
import fc from "fast-check";

/** One valid record of each type, shallow, as its fields' JSON texts: the base every malformed line starts from. */
export const validRecords: Record<string, Record<string, unknown>> = {
  header: {
    type: "header",
    runner: { name: "imagegen-conformance", version: "0.1.0" },
    protocol: 1,
    started: "2026-01-01T00:00:00.000Z",
    seed: 7,
    cases: 1,
    caseIds: ["rules/a#00000000"],
    shard: { index: 1, count: 2 },
    selection: { cases: 2, digest: "00" },
    gated: ["required"],
  },
  implementation: { type: "implementation", implementation: "sdk@1", command: "sdk", unavailable: "no toolchain", planned: 1 },
  result: {
    type: "result",
    implementation: "sdk@1",
    case: "rules/a#00000000",
    check: "decode",
    shape: "StatusRequestEnum3",
    level: "required",
    expect: "reject",
    kind: "failed",
    reason: "accepted",
    unenforced: ["StatusRequestEnum3/enum"],
    behaved: "accept",
    stderr: "tail",
    input: '"x"',
    expected: { verdict: "reject", rules: ["StatusRequestEnum3/enum"] },
  },
  footer: { type: "footer", finished: "2026-01-01T00:00:01.000Z", interrupted: false },
};

/** JSON text nested `depth` levels deep, built as text: no recursion in the test either. */
export const deepText = (depth: number, open: "[" | '{"a":' = "[") => `${open.repeat(depth)}1${(open === "[" ? "]" : "}").repeat(depth)}`;

const line = (fields: [string, string][]) => `{${fields.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(",")}}`;
const fieldsOf = (record: Record<string, unknown>): [string, string][] => Object.entries(record).map(([key, value]) => [key, JSON.stringify(value)]);

// Values wrong for every known field (none is nullable, none accepts an array where an object goes and the reverse, every object field has required keys).
const wrongFor = (value: unknown) =>
  fc.oneof(
    fc.constant("null"),
    fc.integer({ min: 1, max: 5000 }).map((depth) => deepText(depth, Array.isArray(value) ? '{"a":' : "[")),
    fc.constant(typeof value === "string" ? "12" : '"a string"'),
  );

/** A line that is not a valid record: a required field gone, a known field of the wrong type (often thousands of levels deep), a wrong type, or not JSON. */
export const malformedLine: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(validRecords)).chain((type) => {
  const record = validRecords[type] as Record<string, unknown>;
  const fields = fieldsOf(record);
  const known = Object.keys(record).filter((key) => key !== "type");
  return fc.oneof(
    fc.constantFrom(...known).chain((key) => wrongFor(record[key]).map((bad) => line(fields.map(([name, value]) => [name, name === key ? bad : value])))),
    fc.constantFrom(...requiredOf(type)).map((key) => line(fields.filter(([name]) => name !== key))),
    fc
      .oneof(
        fc.constant('"maybe"'),
        fc.constant("5"),
        fc.constant("null"),
        fc.integer({ min: 1, max: 5000 }).map((depth) => deepText(depth)),
      )
      .map((bad) => line(fields.map(([name, value]) => [name, name === "type" ? bad : value]))),
    fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom("[" as const, '{"a":' as const)).map(([depth, open]) => deepText(depth, open)),
    fc.constantFrom("not json", "{", '{"type":"result",}', "[1,", "\u001b]0;title\u0007"),
  );
});

/** A valid record with an unknown field holding a value thousands of levels deep: read as it is, never walked. */
export const deepExtraLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...Object.keys(validRecords)), fc.integer({ min: 1000, max: 20_000 }))
  .map(([type, depth]) => line([...fieldsOf(validRecords[type] as Record<string, unknown>), ["extra", deepText(depth)]]));

function requiredOf(type: string): string[] {
  return (logSchema.$defs[type as LogRecordType].required as readonly string[]).filter((key) => key !== "type");
}
