import { type DecodedValue, isJsonObject, type Received, streamEventShapes } from "@imagegen-conformance/core";
import { handsOver, receivedOf, receivedText } from "./received.js";

/** What came back for one event of a stream, and which sent event it stands for. */
export interface EventReceived {
  value: DecodedValue;
  /** The index of the sent event (among those a WHATWG decoder reads from the input), when it is known. */
  sent?: number;
  type: string;
  received: Received;
  /** Handed to the user's code as a value, unmarked. */
  handed: boolean;
  /** One of the image-generation stream events the catalogue describes. */
  family: boolean;
  text: string;
}

const typeOf = (value: unknown): string => {
  const type = isJsonObject(value) ? (value.type ?? value.Type) : undefined;
  return typeof type === "string" ? type : "";
};

function parsedType(value: DecodedValue): string {
  if (value.output === undefined) return "";
  try {
    return typeOf(JSON.parse(value.output));
  } catch {
    return "";
  }
}

/**
 * Lines each reported event up with a sent one, in order: a typed one with the next sent event of its type, one with
 * no type (nothing, unreadable) with the next sent event. So an SDK that stops early leaves the last ones unmatched.
 */
export function eventsReceived(values: readonly DecodedValue[], expected: readonly unknown[]): EventReceived[] {
  let cursor = 0;
  return values.map((value) => {
    const own = parsedType(value);
    const found = own ? expected.findIndex((event, position) => position >= cursor && typeOf(event) === own) : -1;
    const at = found >= 0 ? found : cursor;
    const sent = at < expected.length ? at : undefined;
    cursor = at + 1;
    const type = own || (sent === undefined ? "" : typeOf(expected[sent]));
    const received = receivedOf(value);
    return {
      value,
      ...(sent === undefined ? {} : { sent }),
      type,
      received,
      handed: handsOver(received),
      family: streamEventShapes.has(type),
      text: receivedText(value),
    };
  });
}

const shown = 5;

/** "event 2 (response.image_generation_call.generating) as nothing; …", the first few. */
export function listEvents(events: readonly EventReceived[]): string {
  const one = (event: EventReceived) => `event ${event.sent ?? "?"} (${event.type || "untyped"}) as ${event.text}`;
  return events.slice(0, shown).map(one).join("; ") + (events.length > shown ? `; and ${events.length - shown} more` : "");
}

/** Outcome.received for a stream: undefined when every event came back as declared, else each other kind with its event indices. */
export function describeEvents(events: readonly EventReceived[]): string | undefined {
  const others = new Map<string, number[]>();
  for (const event of events) if (event.text !== "declared") others.set(event.text, [...(others.get(event.text) ?? []), event.sent ?? -1]);
  if (others.size === 0) return undefined;
  const declared = events.length - [...others.values()].reduce((sum, list) => sum + list.length, 0);
  const parts = [...others].map(([text, indices]) => `${text}: event${indices.length > 1 ? "s" : ""} ${indices.map((at) => (at < 0 ? "?" : at)).join(", ")}`);
  return [`${declared} declared`, ...parts].join("; ");
}
