import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonText } from "./parse-json-text.js";

describe("parseJsonText", () => {
  it("reads every JSON text as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.json({ depthSize: "medium" }), (text) => {
        const parsed = parseJsonText(text);
        expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects what JSON.parse rejects, with a line and column", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom("{", "}", ",", ":", "x", "'", "\u0001", ""), (text, position, junk) => {
        const at = position % (text.length + 1);
        const broken = text.slice(0, at) + junk + text.slice(at + (junk === "" ? 1 : 0));
        let native = true;
        try {
          // Beyond a double's range JSON.parse gives Infinity, which JSON cannot carry: that is an error here.
          native = !JSON.stringify(JSON.parse(broken), (_key, value) =>
            value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY ? "∞" : value,
          ).includes('"∞"');
        } catch {
          native = false;
        }
        const parsed = parseJsonText(broken);
        expect(parsed.ok).toBe(native);
        if (!parsed.ok) expect(parsed.error.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("points at the character that broke the text", () => {
    expect(parseJsonText('{"id": "ig_1",\n  "status" "completed"}')).toEqual({
      ok: false,
      error: { message: 'expected \':\' after an object key, found "\\""', offset: 26, line: 2, column: 12 },
    });
    expect(parseJsonText("")).toMatchObject({ ok: false, error: { message: "expected a JSON value, found end of input", line: 1, column: 1 } });
    expect(parseJsonText('{"a":1} x')).toMatchObject({ ok: false, error: { line: 1, column: 9 } });
  });

  it("notes what JSON.parse hides", () => {
    const parsed = parseJsonText('{"status":"a","status":"b","n":[1.0,1e2,9007199254740993,-0],"s":"\\ud800"}');
    expect(parsed).toEqual({
      ok: true,
      value: { status: "b", n: [1, 100, 9007199254740992, -0], s: "\ud800" },
      notes: { duplicateKeys: [""], impreciseNumbers: ["/n/2"], integralFloats: ["/n/0", "/n/1"], loneSurrogates: ["/s"], byteOrderMark: false },
    });
    expect(parseJsonText('{"a":1,"a":2}', { duplicateKeys: "first" })).toMatchObject({ ok: true, value: { a: 1 } });
    expect(parseJsonText('{"a":1,"a":2}', { duplicateKeys: "reject" })).toMatchObject({ ok: false, error: { message: 'duplicate key "a" at /' } });
    expect(parseJsonText("\ufeff{}")).toMatchObject({ ok: false, error: { message: "byte order mark before the JSON value (RFC 8259 §8.1)" } });
    expect(parseJsonText("\ufeff{}", { byteOrderMark: "ignore" })).toMatchObject({ ok: true, notes: { byteOrderMark: true } });
    expect(parseJsonText('{"__proto__":1}')).toMatchObject({ ok: true, value: JSON.parse('{"__proto__":1}') });
  });

  it("parses nesting far deeper than the call stack", () => {
    const depth = 200_000;
    expect(parseJsonText("[".repeat(depth) + "]".repeat(depth)).ok).toBe(true);
    expect(parseJsonText("[".repeat(depth)).ok).toBe(false);
  });
});
