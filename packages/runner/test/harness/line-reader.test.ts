import { describe, expect, it } from "vitest";
import { LineReader } from "../../src/protocol/line-reader.js";

function read(chunks: readonly Buffer[], limit = 64) {
  const seen: string[] = [];
  const reader = new LineReader(limit, {
    line: (line) => seen.push(`line ${line}`),
    invalid: (bytes) => seen.push(`invalid ${bytes.toString("hex")}`),
    overflow: (size) => seen.push(`overflow ${size}`),
  });
  for (const chunk of chunks) reader.push(chunk);
  return { seen, partial: reader.partial };
}

describe("the line reader", () => {
  it("skips blank lines, empty or only whitespace, between messages", () => {
    expect(read([Buffer.from('\n  \n{"a":1}\n\t\r\n\n{"b":2}\n \n')]).seen).toEqual(['line {"a":1}', 'line {"b":2}']);
  });

  it("refuses a line that is not UTF-8 instead of replacing it with U+FFFD, and reads on", () => {
    const bad = Buffer.concat([Buffer.from('{"m":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n{"ok":1}\n')]);
    expect(read([bad]).seen).toEqual(["invalid 7b226d223a22c328227d", 'line {"ok":1}']);
  });

  it("joins a character split across chunks", () => {
    const text = Buffer.from('"é"\n');
    expect(read([text.subarray(0, 2), text.subarray(2)]).seen).toEqual(['line "é"']);
  });

  it("keeps a byte order mark, so that the line is not taken for JSON", () => {
    expect(read([Buffer.from("\uFEFF{}\n")]).seen).toEqual(["line \uFEFF{}"]);
  });

  it("stops at a line over the limit, and reports a half line at the end", () => {
    expect(read([Buffer.from(`${"x".repeat(65)}\n{}\n`)]).seen).toEqual(["overflow 65"]);
    expect(read([Buffer.from('{}\n{"op":"res')]).partial).toBe(10);
  });
});
