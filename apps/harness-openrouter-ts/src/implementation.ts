import type { Entry } from "@imagegen-conformance/core";
import type { Description, Implementation } from "@imagegen-conformance/runner";
import { respond, stream } from "./client.js";
import { fromJSON } from "./from-json.js";
import type { Version } from "./versions.js";

const profile: Description["profile"] = { unknown_fields: "drop", null_vs_absent: "collapsed", enums: "open", key_casing: "native", numbers: "double" };

/** What each version's client is called as; the same for the non-streaming and the streaming call but for `stream: true`. */
const sends: Record<string, string> = {
  "1.3.19": "responses.send({ responsesRequest })",
  "0.11.2": "beta.responses.send({ responsesRequest })",
  "0.10.2": "beta.responses.send({ openResponsesRequest })",
};

const entries = {
  client: (sdk: Version): Implementation => ({
    describe: () =>
      describe(
        sdk,
        {
          name: "client",
          kind: "client",
          calls:
            `new OpenRouter({ httpClient: new HTTPClient({ fetcher }) }).${sends[sdk.version] ?? "responses.send"} with a mocked fetcher: ` +
            "decode serves the case's item verbatim as the one element of output[] in an application/json response and reads output[0]; " +
            "stream adds stream: true and serves the case's bytes as text/event-stream, one chunk per read",
        },
        ["decode", "stream"],
        sdk.items,
      ),
    decode: (shape, input) => respond(sdk, shape, input),
    stream: (chunks) => stream(sdk, chunks),
  }),
  fromJSON: (sdk: Version): Implementation => ({
    describe: () =>
      describe(
        sdk,
        {
          name: "fromJSON",
          kind: "helper",
          calls:
            "the declared type's own …FromJSON(text) from @openrouter/sdk/models (e.g. outputImageGenerationCallItemFromJSON) on the case's text as is, " +
            "written back with its …ToJSON where it has one; the status enum, which has no …FromJSON, with ImageGenerationStatus$inboundSchema.parse(JSON.parse(text))",
        },
        ["decode"],
        Object.fromEntries(Object.entries(sdk.shapes).map(([shape, parser]) => [shape, parser.type])),
      ),
    decode: (shape, input) => fromJSON(sdk, shape, input),
  }),
} satisfies Record<string, (sdk: Version) => Implementation>;

export type EntryName = keyof typeof entries;
export const entryNames = Object.keys(entries) as EntryName[];

function describe(sdk: Version, entry: Entry, operations: Description["capabilities"]["operations"], shapes: Record<string, string>): Description {
  return {
    name: "@openrouter/sdk",
    language: "typescript",
    version: sdk.version,
    homepage: "https://github.com/OpenRouterTeam/typescript-sdk",
    entry,
    capabilities: { operations, shapes, batch: 256, ...(operations.includes("stream") ? { stream_events: "all" as const } : {}) },
    profile,
  };
}

/** @openrouter/sdk at one installed version, through one entry point, as an in-process implementation. */
export function openrouter(sdk: Version, entry: EntryName): Implementation {
  return entries[entry](sdk);
}
