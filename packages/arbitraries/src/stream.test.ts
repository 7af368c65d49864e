import { checkStream, decodeSse, type JsonObject, streamEventShapes, streamInvariants, validate } from "@imagegen-conformance/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lawRuns } from "../test/law-runs.js";
import { brokenEventStream } from "./broken-event-stream.js";
import { eventStream } from "./event-stream.js";
import { awkwardOffsets, rechunked } from "./rechunked.js";
import { sseText } from "./sse-text.js";
import { compareComplexity } from "./testing/complexity.js";
import { assertSameValueForSameSeed, assertShrinksToSmaller } from "./testing/index.js";

// Streams shrink by fewer events first, then by less interleaving, then by smaller content.
const alternations = (events: JsonObject[]) =>
  events.filter((event, index) => index > 0 && event.output_index !== undefined && event.output_index !== events[index - 1]?.output_index).length;
const streamSmaller = (left: JsonObject[], right: JsonObject[]) =>
  left.length !== right.length
    ? left.length < right.length
    : alternations(left) !== alternations(right)
      ? alternations(left) < alternations(right)
      : compareComplexity(left, right) < 0;

describe("eventStream", () => {
  it("keeps every invariant, and every event of the family is valid", () => {
    fc.assert(
      fc.property(eventStream(), (events) => {
        expect(checkStream(events)).toEqual([]);
        for (const event of events) {
          const shape = streamEventShapes.get(String(event.type));
          if (shape) expect(validate(shape, event).errors).toEqual([]);
        }
      }),
      { numRuns: lawRuns },
    );
  });

  it("obeys the laws", () => {
    assertSameValueForSameSeed(eventStream(), { numRuns: lawRuns });
    assertShrinksToSmaller(eventStream(), { numRuns: lawRuns, smaller: streamSmaller });
  });
});

/** The index of the first event that breaks an invariant: a shrink that moves the break earlier is smaller. */
const firstBreak = (events: Parameters<typeof checkStream>[0]) => Math.min(...checkStream(events).map((violation) => violation.index));

describe("brokenEventStream", () => {
  it.each(streamInvariants.map((invariant) => invariant.id))("breaks %s and nothing else", (id) => {
    fc.assert(
      fc.property(brokenEventStream(id), ({ events, breaks }) => {
        expect(breaks).toBe(id);
        expect([...new Set(checkStream(events).map((violation) => violation.invariant))]).toEqual([id]);
      }),
      { numRuns: Math.ceil(lawRuns / 5) },
    );
  });

  it("obeys the laws", () => {
    assertSameValueForSameSeed(brokenEventStream(), { numRuns: lawRuns });
    assertShrinksToSmaller(brokenEventStream(), {
      numRuns: lawRuns,
      // Moving the break to an earlier event keeps the size: the shrink is smaller by where the stream first breaks.
      smaller: (left, right) =>
        streamSmaller(left.events, right.events) ||
        (left.events.length === right.events.length &&
          (compareComplexity(left, right) < 0 || (compareComplexity(left, right) === 0 && firstBreak(left.events) < firstBreak(right.events)))),
    });
  });
});

describe("sseText and rechunked", () => {
  const streamAndBytes = eventStream({ maxCalls: 1, maxPartials: 2 }).chain((events) =>
    sseText(events).chain((text) => rechunked(text).map((chunks) => ({ events, text, chunks }))),
  );

  it("decode to the same events whatever the framing and wherever the bytes are cut", () => {
    fc.assert(
      fc.property(streamAndBytes, ({ events, chunks }) => {
        expect(decodeSse(chunks).map((event) => JSON.parse(event.data))).toEqual(events);
      }),
      { numRuns: lawRuns },
    );
  });

  it("cut only where asked, losing no byte", () => {
    fc.assert(
      fc.property(streamAndBytes, ({ text, chunks }) => {
        expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
      }),
      { numRuns: lawRuns },
    );
  });

  it("favour awkward places: mid-CRLF, mid-code-point, inside base64", () => {
    const bytes = new TextEncoder().encode('data: {"partial_image_b64":"iVBORw0KGgo=","x":"é"}\r\n\r\n');
    const offsets = awkwardOffsets(bytes);
    const at = (needle: string) => Buffer.from(bytes).indexOf(needle);
    expect(offsets).toContain(at("\n"));
    expect(offsets).toContain(at("é") + 1);
    expect(offsets.some((offset) => offset > at("iVBOR") && offset < at('="'))).toBe(true);
  });

  it("obey the laws", () => {
    const text = 'event: x\r\ndata: {"a":"é"}\r\n\r\n';
    assertSameValueForSameSeed(rechunked(text), { numRuns: lawRuns });
    assertShrinksToSmaller(rechunked(text), {
      numRuns: lawRuns,
      smaller: (left, right) =>
        left.length !== right.length
          ? left.length < right.length
          : left.slice(0, -1).reduce((sum, chunk) => sum + chunk.length, 0) < right.slice(0, -1).reduce((sum, chunk) => sum + chunk.length, 0) ||
            left.some((chunk, index) => chunk.length < (right[index]?.length ?? 0)),
    });
    assertSameValueForSameSeed(sseText([{ type: "a" }]), { numRuns: lawRuns });
    assertShrinksToSmaller(sseText([{ type: "a", n: 1 }, { type: "b" }]), { numRuns: lawRuns });
  });
});
