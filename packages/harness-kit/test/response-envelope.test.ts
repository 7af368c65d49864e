import { describe, expect, it } from "vitest";
import { envelopeFields, responseEnvelope, unservable, unservableReasons } from "../src/index.js";

const served = (input: string, fields?: Record<string, unknown>) => {
  const result = responseEnvelope(input, fields);
  if (!result.served) throw new Error(`not served: ${result.reason}`);
  return result.body;
};

describe("response envelope", () => {
  it("holds the case's text verbatim as the one element of output, duplicate keys, 1.0 and 2^53+1 included", () => {
    const input = '{"type":"image_generation_call","id":"a","id":"b","n":1.0,"big":9007199254740993}';
    const body = served(input);
    expect(body).toBe(`{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","output":[${input}]}`);
    expect(body.endsWith(`"output":[${input}]}`)).toBe(true);
    expect(JSON.parse(body).output).toHaveLength(1);
  });

  it("adds the fields an SDK's response model requires, and never lets them replace output", () => {
    const body = served("null", { tools: [], temperature: null, output: ["other"] });
    expect(JSON.parse(body)).toEqual({ ...envelopeFields, tools: [], temperature: null, output: [null] });
  });

  it("serves every single JSON value, whitespace around it and deep nesting included", () => {
    for (const input of ["42", '"s"', "[1,2]", " \r\n\t{}\n", `${"[".repeat(5000)}${"]".repeat(5000)}`, '{"id":"ig_\\ud800"}']) {
      expect(unservable(input), input.slice(0, 20)).toBeUndefined();
      expect(JSON.parse(served(input)).output).toHaveLength(1);
    }
  });

  it("skips a byte-order mark: inside the envelope it would sit between [ and the value", () => {
    expect(responseEnvelope('\uFEFF{"a":1}')).toEqual({ served: false, reason: unservableReasons.byteOrderMark });
  });

  it("skips text that is not exactly one JSON value: inside the envelope it would read as something else", () => {
    for (const input of ["{} {}", "1, 2", '{"a":', "NaN", "", "{'a':1}", '{"a":1,}', "// c\n{}", '{"a":1}]', "[1]],[2"]) {
      expect(responseEnvelope(input), input).toEqual({ served: false, reason: unservableReasons.notOneValue });
    }
  });

  it("skips an unpaired surrogate written raw: it has no UTF-8 bytes to serve", () => {
    expect(unservable('{"id":"ig_\uD800"}')).toBe(unservableReasons.loneSurrogate);
    expect(unservable('{"id":"\uDC00x"}')).toBe(unservableReasons.loneSurrogate);
    expect(unservable('{"id":"\uD83D\uDCF8"}')).toBeUndefined();
  });
});
