import type { Entry } from "@imagegen-conformance/core";
import type { Description, Implementation } from "@imagegen-conformance/runner";
import { respond, stream } from "./client.js";
import { fromJSON } from "./from-json.js";
import type { Version } from "./version.js";

type Profile = Description["profile"];
/**
 * How each entry writes values back. An absent field read as null is collapsed where the release has `.default(null)`
 * (0.1.8 on), else distinct; the helper entry writes wire keys where every type it declares has a `…ToJSON` (to 0.1.2).
 */
function profile(sdk: Version, entry: "client" | "fromJSON"): Profile {
  const written = entry === "fromJSON" && Object.values(sdk.shapes).every((parser) => parser.write);
  const null_vs_absent = sdk.nullDefault ? "collapsed" : "distinct";
  return { unknown_fields: "drop", null_vs_absent, enums: "open", key_casing: written ? "wire" : "native", numbers: "double" };
}

/** What the entry calls, and what this release lacks that the harness would otherwise use. */
const calls = (sdk: Version, text: string) => [text, ...sdk.absent].join("; ");

const entries = {
  client: (sdk: Version): Implementation => ({
    describe: () =>
      describe(
        sdk,
        {
          name: "client",
          kind: "client",
          calls: calls(
            sdk,
            `new OpenRouter({ httpClient: new HTTPClient({ fetcher }) }).${sdk.call} with a mocked fetcher: ` +
              "decode serves the case's item verbatim as the one element of output[] in an application/json response and reads output[0]; " +
              "stream adds stream: true and serves the case's bytes as text/event-stream, one chunk per read",
          ),
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
          calls: calls(
            sdk,
            "the declared type's own …FromJSON(text) from @openrouter/sdk/models (e.g. outputImageGenerationCallItemFromJSON) on the case's text as is, " +
              "written back with its …ToJSON where it has one; the status enum, which has no …FromJSON, with ImageGenerationStatus$inboundSchema.parse(JSON.parse(text))",
          ),
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
    profile: profile(sdk, entry.name as "client" | "fromJSON"),
  };
}

/** @openrouter/sdk at one installed version, through one entry point, as an in-process implementation. */
export function openrouter(sdk: Version, entry: EntryName): Implementation {
  return entries[entry](sdk);
}
