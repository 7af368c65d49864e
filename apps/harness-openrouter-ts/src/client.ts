import type { DecodedValue } from "@imagegen-conformance/core";
import { chunkedBody, mockedFetch, responseEnvelope } from "@imagegen-conformance/harness-kit";
import type { Decoded, Streamed } from "@imagegen-conformance/runner";
import { memberOf } from "./members.js";
import { failure, present, unrecognized } from "./present.js";
import { type Fetcher, marked, type Version } from "./version.js";

const outputItemEvents = new Set(["response.output_item.added", "response.output_item.done"]);
const skip = (reason: string): Decoded => ({ status: "skipped", reason });

// The SDK's unrecognised-enum counter is module-global: one client call at a time, so the count is this call's.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** The value written back: the member's own `…ToJSON` where the SDK has one (wire form), else the object as the SDK built it. */
function written(sdk: Version, type: string | undefined, value: unknown): DecodedValue {
  const name = type && `${type[0]?.toLowerCase()}${type.slice(1)}ToJSON`;
  const toJSON = name ? (sdk.models[name] as ((value: unknown) => string) | undefined) : undefined;
  return toJSON ? { output: toJSON(value) } : { output: JSON.stringify(value), form: "native" };
}

/** The client's non-streaming call, the case's text verbatim as the one element of the response's `output`. */
export async function respond(sdk: Version, shape: string, input: string): Promise<Decoded> {
  const declared = sdk.items[shape];
  if (!declared) return { status: "errored", message: `${shape} is not declared` };
  const envelope = responseEnvelope(input, sdk.responseFields);
  if (!envelope.served) return skip(envelope.reason);
  const body = envelope.body;
  return serially(async () => {
    const counter = sdk.count?.();
    let output: unknown[];
    let counted = 0;
    try {
      ({ output } = await sdk.respond(mockedFetch(body, "application/json")));
    } catch (error) {
      return failure(error);
    } finally {
      counted = counter?.end() ?? 0;
    }
    if (output.length === 0) return { status: "accepted", received: "nothing" };
    const [value] = output;
    // Which member read it is found on the element as the SDK's own JSON.parse of this same body gave it to the union.
    const raw = (JSON.parse(body) as { output: unknown[] }).output[0];
    const member = memberOf(sdk, raw, value);
    if (member.received === "unknown") return { status: "accepted", ...present(value, marked(sdk)) };
    const type = member.received === "declared" ? declared : member.type;
    const marks = counted > 0 && member.received === "declared" ? unrecognized(value, ["status"]) : [];
    return { status: "accepted", ...written(sdk, type, value), ...member, ...(marks.length > 0 ? { unrecognized: marks } : {}) };
  });
}

/**
 * Each event's raw JSON, as the SDK's own SSE reader frames the same chunks (its streaming call parses every
 * `data` the same way before its schema), so the event yielded at index i was read from raws[i]. Up to where it stops.
 */
async function rawEvents(sdk: Version, chunks: Uint8Array[]): Promise<unknown[]> {
  const raws: unknown[] = [];
  const parse = (message: { data?: string | undefined }) =>
    message.data === "[DONE]" ? { done: true as const, value: undefined } : { done: false as const, value: JSON.parse(message.data ?? "") as unknown };
  try {
    for await (const raw of new sdk.SseReader(chunkedBody(chunks), parse)) raws.push(raw);
  } catch {
    // The SDK's own call stops at the same event, with its own error.
  }
  return raws;
}

/**
 * One yielded event: the SDK's UNKNOWN marks (from 0.12.0), else the member its `item` came through (releases to 0.11.2
 * read it with a plain union). The event unions have no catch-all member (none reads `type` as a plain string), so an event
 * itself is its type's member or an error.
 */
function event(sdk: Version, value: unknown, raw: unknown): DecodedValue {
  const type = (value as { type?: unknown }).type;
  const outputItem = typeof type === "string" && outputItemEvents.has(type);
  const item = outputItem && !marked(sdk)(value) ? memberOf(sdk, (raw as { item?: unknown } | undefined)?.item, (value as { item?: unknown }).item) : undefined;
  if (item?.received === "other") return { ...present(value, marked(sdk)), received: "other", type: `item: ${item.type}` };
  // Stream events are not counted one by one: the reader parses ahead, so the status is compared instead.
  const marks = unrecognized(value, outputItem ? ["item", "status"] : undefined);
  return { ...present(value, marked(sdk)), ...(marks.length > 0 ? { unrecognized: marks } : {}) };
}

/** The client's real streaming call, over a body that hands the SDK's SSE reader one chunk per read. */
export async function stream(sdk: Version, chunks: Uint8Array[]): Promise<Streamed> {
  const fetcher: Fetcher = mockedFetch(chunkedBody(chunks), "text/event-stream");
  const raws = await rawEvents(sdk, chunks);
  const events: DecodedValue[] = [];
  try {
    for await (const value of (await sdk.send(fetcher)) as AsyncIterable<unknown>) events.push(event(sdk, value, raws[events.length]));
  } catch (error) {
    return failure(error, events);
  }
  return { status: "accepted", events };
}
