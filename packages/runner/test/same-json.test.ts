import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonDifference, sameJson } from "../src/checks/same-json.js";
import { shownPointer } from "../src/checks/shown-pointer.js";

/** A value with `leaf` at the end of `tokens` (numeric tokens are array indexes), built without recursion. */
function at(tokens: readonly string[], leaf: unknown): unknown {
  let value = leaf;
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index] as string;
    value = /^\d$/.test(token) ? [...Array.from({ length: Number(token) }, () => 0), value] : { [token]: value, sibling: true };
  }
  return value;
}
const token = fc.oneof(
  fc.constantFrom("0", "1", "2"),
  fc.string({ minLength: 1, maxLength: 3 }).filter((text) => !/^\d$/.test(text) && text !== "sibling"),
);
/** The same value with its keys in another order. */
const reordered = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reordered(member)]),
  );
};

/** The definition the iterative walk replaces, fine at the shallow depths fast-check generates. */
function recursiveSame(left: unknown, right: unknown): boolean {
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return left === right;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const [ones, others] = [left as Record<string, unknown>, right as Record<string, unknown>];
  const keys = Object.keys(ones);
  return keys.length === Object.keys(others).length && keys.every((key) => Object.hasOwn(others, key) && recursiveSame(ones[key], others[key]));
}

describe("jsonDifference", () => {
  it("finds values the same whatever their key order, as JSON equality does", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (left, right) => {
        expect(jsonDifference(left, reordered(left))).toBeUndefined();
        expect(sameJson(left, right)).toBe(recursiveSame(left, right));
        expect(sameJson(left, left)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("points at the one place two deep values differ", () => {
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1000, maxLength: 6000 }),
        fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)),
        (tokens, leaf) => {
          // A leaf against an array holding it: they differ there and only there.
          const [left, right] = [at(tokens, leaf), at(tokens, [leaf])];
          expect(jsonDifference(left, at(tokens, leaf))).toBeUndefined();
          expect(jsonDifference(left, right)).toEqual({ tokens, left: leaf, right: [leaf] });
        },
      ),
      { numRuns: 25 },
    );
  });

  it.each([5000, 100_000])("compares values %i levels deep", (depth) => {
    const tokens = Array.from({ length: depth }, (_, index) => (index % 2 === 0 ? "a" : "1"));
    expect(sameJson(at(tokens, 1), at(tokens, 1))).toBe(true);
    expect(jsonDifference(at(tokens, 1), at(tokens, 2n))?.tokens).toHaveLength(depth);
    expect(sameJson(at(tokens, 9007199254740993n), at(tokens, 9007199254740993n))).toBe(true);
  });

  it("names a key one side lacks", () => {
    expect(jsonDifference({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toEqual({ tokens: ["a", "c"], left: undefined, right: 2 });
    expect(jsonDifference({ a: { b: 1, c: 2 } }, { a: { c: 2 } })).toEqual({ tokens: ["a", "b"], left: 1, right: undefined });
  });
});

describe("shownPointer", () => {
  it("writes a short pointer whole and a deep one as its ends and a count", () => {
    expect(shownPointer([])).toBe("/");
    expect(shownPointer(["a/b", "~"])).toBe("/a~1b/~0");
    expect(shownPointer(Array.from({ length: 100_000 }, () => "a"))).toBe(`${"/a".repeat(8)}/…(99984 more levels)…${"/a".repeat(8)}`);
    expect(shownPointer(["k".repeat(1_000_000)])).toBe(`/${"k".repeat(40)}…`);
  });
});
