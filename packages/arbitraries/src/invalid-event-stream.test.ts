import { checkStream, encodeSse, eventBreaks, findShape, isJsonObject, type JsonValue, streamEventShapes, validate } from "@imagegen-conformance/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lawRuns } from "../test/law-runs.js";
import { arbitraryScope } from "./_internals/scope.js";
import { type InvalidEventStream, invalidEventStream } from "./invalid-event-stream.js";
import { compareComplexity } from "./testing/complexity.js";
import { assertSameValueForSameSeed, assertShrinksToSmaller, strictReadings } from "./testing/index.js";

const typeOf = (event: JsonValue | undefined) => (isJsonObject(event) && typeof event.type === "string" ? event.type : "");
const alternations = (events: JsonValue[]) =>
  events.filter((event, index) => {
    const previous = events[index - 1];
    return index > 0 && isJsonObject(event) && isJsonObject(previous) && event.output_index !== undefined && event.output_index !== previous.output_index;
  }).length;
// Fewer events first, then less interleaving, then a break nearer the start, then smaller content.
const smaller = (left: InvalidEventStream, right: InvalidEventStream) =>
  left.events.length !== right.events.length
    ? left.events.length < right.events.length
    : alternations(left.events) !== alternations(right.events)
      ? alternations(left.events) < alternations(right.events)
      : left.event !== right.event
        ? left.event < right.event
        : compareComplexity(left, right) < 0;

/** Law: one event breaks exactly its label, every other event is valid, and the invariants broken are the ones named. */
function assertOneBrokenEvent(arbitrary: fc.Arbitrary<InvalidEventStream>, numRuns: number): void {
  fc.assert(
    fc.property(arbitrary, ({ events, event, shape, violates, invariants }) => {
      expect(typeOf(events[0])).toBe("response.created");
      expect(typeOf(events.at(-1))).toBe("response.completed");
      events.forEach((other, index) => {
        const own = streamEventShapes.get(typeOf(other));
        if (index !== event && own) expect(validate(own, other, { readings: strictReadings }).errors, `event ${index}`).toEqual([]);
      });
      const reported = validate(findShape(shape) as never, events[event], { readings: strictReadings }).errors.map((error) => error.rule);
      expect([...new Set(reported)]).toEqual(violates);
      expect([...new Set(checkStream(events).map((violation) => violation.invariant))].sort()).toEqual([...invariants].sort());
      expect(invariants).not.toContain("sequence-number-increasing");
      // Every event can be written as event-stream text.
      expect(() => encodeSse(events as never)).not.toThrow();
    }),
    { numRuns },
  );
}

describe("invalidEventStream", () => {
  it("breaks one event by exactly the rule it names, in a stream otherwise whole", () => {
    assertOneBrokenEvent(invalidEventStream(), lawRuns);
    assertOneBrokenEvent(invalidEventStream({ unknownTypes: true, maxCalls: 1 }), Math.ceil(lawRuns / 4));
  });

  it("reaches every rule of every stream event shape and of the item output_item events carry; types only when asked", () => {
    const reached = (arbitrary: fc.Arbitrary<InvalidEventStream>) =>
      new Set(fc.sample(arbitrary, { numRuns: 4000, seed: 1 }).flatMap(({ shape, violates }) => violates.map((rule) => `${shape} ${rule}`)));
    const all = eventBreaks(arbitraryScope("wire")).map((broken) => ({ key: `${broken.shape.name} ${broken.rule.id}`, type: broken.path.at(-1) === "type" }));
    const typed = reached(invalidEventStream());
    expect(all.filter(({ key, type }) => !type && !typed.has(key)).map(({ key }) => key)).toEqual([]);
    expect(all.filter(({ key, type }) => type && typed.has(key))).toEqual([]);
    const untyped = reached(invalidEventStream({ unknownTypes: true }));
    expect(all.filter(({ key }) => !untyped.has(key)).map(({ key }) => key)).toEqual([]);
  });

  it("sends non-integer indices, the seed's 7977.54 among them", () => {
    const values = fc
      .sample(invalidEventStream(), { numRuns: 3000, seed: 2 })
      .filter(({ violates }) => violates.some((rule) => rule.endsWith("/integer")))
      .map(({ events, event, violates }) => {
        const field = violates[0]?.split("/").at(-2) ?? "";
        const broken = events[event];
        return isJsonObject(broken) ? broken[field] : undefined;
      });
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => typeof value === "number" && !Number.isInteger(value))).toBe(true);
    expect(values).toContain(7977.54);
  });

  it("obeys the laws", () => {
    assertSameValueForSameSeed(invalidEventStream(), { numRuns: lawRuns });
    assertShrinksToSmaller(invalidEventStream(), { numRuns: lawRuns, smaller });
  });
});
