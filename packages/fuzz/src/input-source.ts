import {
  brokenEventStream,
  eventStream,
  forwardCompatibleValue,
  type InvalidEventStream,
  invalidEventStream,
  invalidValue,
  sseText,
  validValue,
} from "@imagegen-conformance/arbitraries";
import { encodeSse, findShape, type JsonObject, type JsonValue, ObjectShape, writeJson } from "@imagegen-conformance/core";
import { brokenEventExpectation, type Case, caseId, type Expectation, expectationFor, streamText } from "@imagegen-conformance/fixtures";
import { hashSeed } from "@imagegen-conformance/runner";
import fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { FuzzInput, InputKind } from "./fuzz-input.js";

type Maker = { kind: InputKind; shape: string; arbitrary: fc.Arbitrary<unknown>; toCase(value: unknown, slug: string): Case };

const decodeCase = (shapeName: string, value: JsonValue, slug: string): Case => {
  const shape = findShape(shapeName);
  if (!shape) throw new RangeError(`no shape ${shapeName}`);
  const input = writeJson(value) ?? "";
  const expect = expectationFor(shape, value, { strict: false });
  return {
    id: caseId(slug, shapeName, input, expect),
    shape: shapeName,
    operation: "decode",
    description: `generated ${shapeName}`,
    source: { kind: "counterexample", ref: slug },
    tags: ["fuzz"],
    input,
    expect,
    level: "required",
  };
};

const streamCase = (input: string, expect: Expectation, slug: string, event?: number): Case => ({
  id: caseId(slug, "stream", input, expect),
  shape: "stream",
  operation: "stream",
  description: "generated stream",
  source: { kind: "counterexample", ref: slug },
  tags: ["fuzz", "stream"],
  input,
  expect,
  level: expect.verdict === "reject" ? "optional" : "required",
  ...(event === undefined ? {} : { event }),
});

/** A valid stream with one broken event: what the documents say of that event decides, as for the corpus's. */
function invalidEventCase(value: InvalidEventStream, slug: string): Case {
  const shape = findShape(value.shape);
  if (!(shape instanceof ObjectShape)) throw new RangeError(`no event shape ${value.shape}`);
  return streamCase(streamText(value.events), brokenEventExpectation(shape, value.events[value.event] ?? null, value.invariants), slug, value.event);
}

/**
 * Where generated inputs come from: for each shape, valid, invalid (labelled) and
 * forward-compatible values; for streams, valid and broken event streams in any framing.
 * Input `index` under `seed` is always the same input, whatever else runs.
 */
export class InputSource {
  readonly #makers: Maker[];
  readonly #seed: number;
  /** What it was made from: a generation worker makes the same source again (input-generator.ts). */
  readonly shapes: readonly string[];

  constructor(shapes: readonly string[], seed: number) {
    this.#seed = seed;
    this.shapes = [...shapes];
    this.#makers = shapes.flatMap((name): Maker[] => {
      if (name === "stream") {
        const framed = (events: fc.Arbitrary<JsonObject[]>) => events.chain((list) => sseText(list));
        return [
          {
            kind: "stream",
            shape: "stream",
            arbitrary: framed(eventStream()),
            toCase: (value, slug) => streamCase(value as string, { verdict: "accept" }, slug),
          },
          {
            kind: "broken-stream",
            shape: "stream",
            arbitrary: brokenEventStream().map(({ events, breaks }) => ({ text: encodeSse(events), breaks })),
            toCase: (value, slug) => streamCase((value as { text: string }).text, { verdict: "reject", rules: [(value as { breaks: string }).breaks] }, slug),
          },
          {
            kind: "invalid-event-stream",
            shape: "stream",
            arbitrary: invalidEventStream(),
            toCase: (value, slug) => invalidEventCase(value as InvalidEventStream, slug),
          },
        ];
      }
      const shape = findShape(name);
      if (!shape) throw new RangeError(`no shape ${name}`);
      const makers: Maker[] = [
        { kind: "valid", shape: name, arbitrary: validValue(shape), toCase: (value, slug) => decodeCase(name, value as JsonValue, slug) },
        {
          kind: "invalid",
          shape: name,
          arbitrary: invalidValue(shape),
          toCase: (value, slug) => decodeCase(name, (value as { value: JsonValue }).value, slug),
        },
      ];
      if (shape instanceof ObjectShape)
        makers.push({
          kind: "forward",
          shape: name,
          arbitrary: forwardCompatibleValue(shape),
          toCase: (value, slug) => decodeCase(name, (value as { value: JsonValue }).value, slug),
        });
      return makers;
    });
  }

  get seed(): number {
    return this.#seed;
  }

  /** Input number `index` of this seed. */
  input(index: number): FuzzInput {
    const maker = this.#makers[(hashSeed(this.#seed, `maker:${index}`) >>> 0) % this.#makers.length] as Maker;
    const random = new fc.Random(xoroshiro128plus(hashSeed(this.#seed, `value:${index}`)));
    // Mostly biased toward small and edge values, as fast-check does; every third unbiased.
    const value = maker.arbitrary.generate(random, index % 3 === 0 ? undefined : 2 + (index % 7));
    return {
      index,
      steps: [],
      kind: maker.kind,
      shape: maker.shape,
      arbitrary: maker.arbitrary,
      value,
      testCase: maker.toCase(value.value, `fuzz/${maker.shape}/${maker.kind}/${this.#seed}-${index}`),
    };
  }

  /** A shrunk value of an input, as an input of its own. */
  derive(input: FuzzInput, value: fc.Value<unknown>, path: readonly number[]): FuzzInput {
    const maker = this.#makers.find((candidate) => candidate.arbitrary === input.arbitrary) as Maker;
    return {
      ...input,
      steps: [...path],
      value,
      testCase: maker.toCase(value.value, `fuzz/${input.shape}/${input.kind}/${this.#seed}-${input.index}:${path.join(":")}`),
    };
  }
}
