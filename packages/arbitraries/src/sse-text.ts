import { encodeSse, type JsonObject, type SseFormat } from "@imagegen-conformance/core";
import fc from "fast-check";

/** Every framing the event-stream grammar allows for the same events. */
export const sseFormat = (): fc.Arbitrary<SseFormat> =>
  fc.record({
    lineEnd: fc.constantFrom<NonNullable<SseFormat["lineEnd"]>>("\n", "\r\n", "\r"),
    eventLines: fc.boolean(),
    spaceAfterColon: fc.boolean(),
    multilineData: fc.boolean(),
    // 0 means no comments; larger means more of them, so shrinking removes comments.
    commentEvery: fc.nat({ max: 3 }).map((more) => (more === 0 ? 0 : 4 - more)),
    extraFields: fc.boolean(),
    byteOrderMark: fc.boolean(),
  });

/** The events as text/event-stream text, in any framing; every event is dispatched. */
export function sseText(events: readonly JsonObject[]): fc.Arbitrary<string> {
  return sseFormat().map((format) => encodeSse(events, format));
}
