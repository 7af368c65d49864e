import type { DecodedValue } from "@imagegen-conformance/core";
import { chunkedBody, mockedFetch } from "@imagegen-conformance/harness-kit";
import type { Decoded, Implementation, Streamed } from "@imagegen-conformance/runner";
import { failure, present, unrecognized } from "./present.js";
import type { Fetcher, Version } from "./versions.js";

const outputItemEvents = new Set(["response.output_item.added", "response.output_item.done"]);

function decode(sdk: Version, shape: string, input: string): Decoded {
  const parser = sdk.shapes[shape];
  if (!parser) return { status: "errored", message: `${shape} is not declared` };
  // The SDK's own counter says whether an open enum kept a value it does not know.
  const counter = sdk.count();
  let result: ReturnType<typeof parser.read>;
  let counted = 0;
  try {
    result = parser.read(input);
  } finally {
    counted = counter.end();
  }
  if (!result.ok) return failure(result.error);
  const value = present(result.value, sdk.isUnknown, parser.write?.(result.value));
  const marks = counted > 0 ? unrecognized(result.value, parser.status) : [];
  return { status: "accepted", ...value, ...(marks.length > 0 ? { unrecognized: marks } : {}) };
}

/** The client's real streaming call, over a body that hands the SDK's SSE reader one chunk per read. */
async function stream(sdk: Version, chunks: Uint8Array[]): Promise<Streamed> {
  const fetcher: Fetcher = mockedFetch(chunkedBody(chunks), "text/event-stream");
  const events: DecodedValue[] = [];
  try {
    for await (const event of (await sdk.send(fetcher)) as AsyncIterable<unknown>) {
      const type = (event as { type?: unknown }).type;
      // Stream events are not counted one by one: the reader parses ahead, so the status is compared instead.
      const marks = unrecognized(event, typeof type === "string" && outputItemEvents.has(type) ? ["item", "status"] : undefined);
      events.push({ ...present(event, sdk.isUnknown), ...(marks.length > 0 ? { unrecognized: marks } : {}) });
    }
  } catch (error) {
    return failure(error, events);
  }
  return { status: "accepted", events };
}

/** @openrouter/sdk at one installed version, as an in-process implementation. */
export function openrouter(sdk: Version): Implementation {
  return {
    describe: () => ({
      name: "@openrouter/sdk",
      language: "typescript",
      version: sdk.version,
      homepage: "https://github.com/OpenRouterTeam/typescript-sdk",
      capabilities: {
        operations: ["decode", "stream"],
        shapes: Object.fromEntries(Object.entries(sdk.shapes).map(([shape, parser]) => [shape, parser.type])),
        batch: 256,
        stream_events: "all",
      },
      profile: { unknown_fields: "drop", null_vs_absent: "collapsed", enums: "open", key_casing: "native", numbers: "double" },
    }),
    decode: (shape, input) => decode(sdk, shape, input),
    stream: (chunks) => stream(sdk, chunks),
  };
}
