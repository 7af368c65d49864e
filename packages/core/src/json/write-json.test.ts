import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonText } from "./parse-json-text.js";
import { previewJson, previewLength } from "./preview-json.js";
import { writeJson } from "./write-json.js";

/**
 * A value nested `steps.length` levels deep, each level an object (with a shallow sibling
 * after the deep member) or an array (with one before it), and the JSON text it must give,
 * both built without recursion: the oracle for depths JSON.stringify cannot reach.
 */
type Step = { object: true; key: string; sibling: unknown } | { object: false; before: unknown };
function nested(steps: readonly Step[], leaf: unknown): { value: unknown; text: string } {
  let value = leaf;
  let text = JSON.stringify(leaf);
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index] as Step;
    if (step.object) {
      value = { [step.key]: value, [`${step.key}~`]: step.sibling };
      text = `{${JSON.stringify(step.key)}:${text},${JSON.stringify(`${step.key}~`)}:${JSON.stringify(step.sibling)}}`;
    } else {
      value = [step.before, value];
      text = `[${JSON.stringify(step.before)},${text}]`;
    }
  }
  return { value, text };
}
const shallow = fc.jsonValue({ maxDepth: 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ object: fc.constant(true as const), key: fc.string({ maxLength: 3 }), sibling: shallow }),
  fc.record({ object: fc.constant(false as const), before: shallow }),
);
const chain = (depth: number) => `${'{"a":['.repeat(depth)}1${"]}".repeat(depth)}`;

describe("writeJson", () => {
  it("writes what JSON.stringify writes, indented or not, whatever the value holds", () => {
    const anything = fc.anything({ withBoxedValues: true, withNullPrototype: true, withDate: true, withSparseArray: true, withMap: true, withSet: true });
    fc.assert(
      fc.property(anything, fc.integer({ min: 0, max: 12 }), (value, indent) => {
        expect(writeJson(value)).toBe(JSON.stringify(value));
        expect(writeJson(value, indent)).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes values thousands of levels deep as the text they were built from", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1000, maxLength: 6000 }), shallow, (steps, leaf) => {
        const { value, text } = nested(steps, leaf);
        expect(writeJson(value)).toBe(text);
      }),
      { numRuns: 25 },
    );
  });

  it.each([5000, 100_000])("writes a value %i levels deep back to its text", (depth) => {
    const text = chain(depth);
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    if (depth === 100_000) expect(() => JSON.stringify(parsed.value)).toThrow(RangeError);
    expect(writeJson(parsed.value)).toBe(text);
  });

  it("writes integers a double cannot hold with all their digits", () => {
    const text = '{"n":123456789012345678901234567890,"m":[-9007199254740993,1.5]}';
    const parsed = parseJsonText(text, { bigIntegers: true });
    expect(parsed.ok && writeJson(parsed.value)).toBe(text);
  });

  it("refuses a cycle as JSON.stringify does, and writes nothing for what has no JSON", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = { again: cycle };
    expect(() => writeJson(cycle)).toThrow(TypeError);
    expect(writeJson(undefined)).toBeUndefined();
    expect(writeJson(() => 1)).toBeUndefined();
  });
});

describe("previewJson", () => {
  it("is the value's JSON text when short, else its first characters and an ellipsis", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 80 }), (value, length) => {
        const text = JSON.stringify(value);
        const preview = previewJson(value, length);
        if (text.length <= length) expect(preview).toBe(text);
        else {
          expect(preview.endsWith("…")).toBe(true);
          expect(preview.length).toBeLessThanOrEqual(length + 1);
          expect(text.startsWith(preview.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("previews values 100,000 levels deep and 10 MB strings in a few characters", () => {
    const parsed = parseJsonText(chain(100_000));
    expect(parsed.ok && previewJson(parsed.value)).toBe(`${chain(100_000).slice(0, previewLength)}…`);
    expect(previewJson({ image: "A".repeat(10_000_000) })).toBe(`{"image":"${"A".repeat(previewLength - 10)}…`);
  });

  it("reads no more of a value than it shows", () => {
    let reads = 0;
    const members = new Proxy(
      Array.from({ length: 100_000 }, (_, index) => index),
      {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      },
    );
    expect(previewJson({ members })).toMatch(/^\{"members":\[0,1,2,.*…$/);
    expect(reads).toBeLessThan(previewLength);
  });

  it("never throws: a hostile value is described instead", () => {
    const hostile = {
      get boom() {
        throw new Error("no");
      },
    };
    expect(previewJson(hostile)).toBe("object with 1 keys");
    expect(previewJson(undefined)).toBe("absent");
  });
});
