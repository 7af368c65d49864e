import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@imagegen-conformance/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outcome, outcomeKinds } from "../../src/outcome/outcome.js";
import { ReproducerError, readReproducer } from "../../src/reproducer/read-reproducer.js";
import { writeReproducer } from "../../src/reproducer/write-reproducer.js";
import type { Task } from "../../src/run/task.js";

const corpus = loadCorpus();
const decodeCase = corpus.find((testCase) => testCase.operation === "decode" && testCase.expect.verdict === "accept");
const streamCase = corpus.find((testCase) => testCase.operation === "stream");
const directory = mkdtempSync(join(tmpdir(), "reproducer-"));
const base = {
  format: "imagegen-conformance/reproducer@1",
  implementation: "sdk@1",
  reach: { impl: "reference" },
  check: "decode",
  case: decodeCase,
  outcome: { kind: "failed", reason: "accepted a value that breaks X" },
  seed: 7,
};
const depth = 5000;
const deep = "[".repeat(depth) + "]".repeat(depth);

/** The error of reading a file of this text ("DEEP" strings stand for values nested thousands deep), or "read". */
function errorOf(text: string): string {
  const path = join(directory, "r.json");
  writeFileSync(path, text.replaceAll('"DEEP"', deep));
  try {
    readReproducer(path);
    return "read";
  } catch (error) {
    expect(error).toBeInstanceOf(ReproducerError);
    return (error as Error).message.replace(`${path}: `, "");
  }
}
const errorOfRecord = (record: object) => errorOf(JSON.stringify(record));

describe("reading a reproducer", () => {
  it("reads back every reproducer it writes, for every case and check", () => {
    const checks = (operation: string) => (operation === "stream" ? (["stream"] as const) : (["decode", "encode"] as const));
    for (const testCase of corpus)
      for (const check of checks(testCase.operation)) {
        const task: Task = {
          key: check === "encode" ? `${testCase.id}@encode` : testCase.id,
          testCase,
          check,
          requests: [],
          judge: () => outcome("passed", ""),
        };
        const path = writeReproducer(directory, "sdk@1", { harness: "node harness.js", cwd: "/somewhere" }, task, outcome("failed", "why"), 3);
        expect(readReproducer(path)).toEqual(JSON.parse(readFileSync(path, "utf8")));
      }
  });

  it.each(
    [
      [{ implementation: 3 }, "/implementation: expected string, received 3"],
      [{ case: { ...decodeCase, shape: undefined } }, "/case/shape: expected a value, received nothing"],
      [{ outcome: { kind: "failed", reason: "x", unenforced: "x" } }, '/outcome/unenforced: expected array, received "x"'],
      [{ reach: "reference" }, '/reach: expected a reach: {harness, cwd?}, {impl} or {sdk}, received "reference"'],
      [{ reach: {} }, "/reach: expected a reach: {harness, cwd?}, {impl} or {sdk}, received {}"],
      [{ reach: { impl: "a", sdk: "b" } }, '/reach: expected a reach: {harness, cwd?}, {impl} or {sdk}, received {"impl":"a","sdk":"b"}'],
      [{ reach: { impl: 3 } }, "/reach/impl: expected string, received 3"],
      [{ reach: { impl: "reference", cwd: "/tmp" } }, "/reach/harness: expected a value, as cwd is given, received nothing"],
      [{ case: { ...decodeCase, expect: undefined } }, "/case/expect: expected a value, received nothing"],
      [
        { case: { ...decodeCase, expect: { verdict: "maybe" } } },
        '/case/expect/verdict: expected one of "accept", "reject", "implementation-defined", received "maybe"',
      ],
      [{ case: { ...decodeCase, operation: "transcode" } }, '/case/operation: expected one of "decode", "stream", received "transcode"'],
      [{ check: "stream" }, '/case/operation: expected "stream" (the check is stream), received "decode"'],
      [{ check: "encode", case: streamCase }, '/case/operation: expected "decode" (the check is encode), received "stream"'],
      [{ check: "fuzz" }, '/check: expected one of "decode", "encode", "stream", received "fuzz"'],
      [{ outcome: { kind: "maybe", reason: "" } }, `/outcome/kind: expected one of ${outcomeKinds.map((kind) => `"${kind}"`).join(", ")}, received "maybe"`],
      [{ seed: "7" }, '/seed: expected integer, received "7"'],
      [
        { case: { ...decodeCase, shape: "NoSuchShape" } },
        '/case/shape: expected a shape of the catalogue (see: imagegen-conformance list shapes), received "NoSuchShape"',
      ],
      [{ format: "something else" }, '/format: expected "imagegen-conformance/reproducer@1", received "something else"'],
      [{ case: "DEEP" }, `/case: expected object, received ${"[".repeat(40)}…`],
      [{ reach: { harness: "DEEP" } }, `/reach/harness: expected string, received ${"[".repeat(40)}…`],
    ].map(([change, line]) => [JSON.stringify(change).slice(0, 60), change, line] as const),
  )("a reproducer with %s is one line naming the field, what it expected and what came", (_label, change, line) => {
    expect(errorOfRecord({ ...base, ...change })).toBe(line);
  });

  it("says what a path is when it is not a reproducer file", () => {
    expect(errorOf('"DEEP"')).toBe(`/: expected an imagegen-conformance reproducer (an object), received ${"[".repeat(40)}…`);
    expect(() => readReproducer(directory)).toThrow(/^cannot read .*: expected a file, received a directory$/);
    expect(() => readReproducer(join(directory, "absent.json"))).toThrow(/^cannot read .*: no such file$/);
  });

  it("turns any malformed or deeply nested record into one line, never a crash (fuzzed)", () => {
    const anyValue = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constant("DEEP"),
      fc.nat({ max: 20_000 }).map((levels) => ({ nested: levels })),
    );
    const keys = ["format", "implementation", "reach", "check", "case", "outcome", "seed", "__proto__", "constructor"];
    const record = fc.tuple(fc.dictionary(fc.constantFrom(...keys), anyValue), fc.boolean()).map(([changes, keep]) => ({ ...(keep ? base : {}), ...changes }));
    const text = (value: object) =>
      JSON.stringify(value).replace(/\{"nested":(\d+)\}/g, (_all, levels) => "[".repeat(Number(levels)) + "]".repeat(Number(levels)));
    fc.assert(
      fc.property(record, (value) => {
        const line = errorOf(text(value));
        expect(line).not.toMatch(/[\n\r]/);
        expect(line.length).toBeLessThan(400);
      }),
      { numRuns: 300 },
    );
  });
});
