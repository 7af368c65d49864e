// What one loaded release offers: its entries (available or why not), its types by catalogue shape, and the
// Version the shared implementation serves, built from the release's own exports.
import type { EntryName } from "../implementation.js";
import { type Release, type SseReader, type Version, version } from "../version.js";
import { keysOf } from "../zod-defs.js";
import { firstLine, type Loaded } from "./load.js";
import { lookedFor, typesIn } from "./names.js";
import { fieldsFor, responseModel } from "./response.js";

export interface EntryState {
  name: EntryName;
  available: boolean;
  reason?: string;
}

export interface Discovery {
  /** What the installed package says it is. */
  release: string;
  entries: EntryState[];
  /** Catalogue shape → the SDK type found for it. */
  shapes: Record<string, string>;
  /** Built when some entry is available. */
  version?: Version;
}

type Client = { ok: true; at: Release["client"]["at"] } | { ok: false; reason: string };

/** Where `send` sits on a client built as users build it: `responses` (1.2.6 on) before `beta.responses`. */
function clientOf(root: Loaded["root"]): Client {
  const { OpenRouter, HTTPClient } = root as { OpenRouter?: new (options: object) => Record<string, unknown>; HTTPClient?: unknown };
  if (typeof OpenRouter !== "function" || typeof HTTPClient !== "function") return { ok: false, reason: "no OpenRouter and HTTPClient exported" };
  let client: Record<string, unknown>;
  try {
    client = new OpenRouter({ apiKey: "x" });
  } catch (error) {
    return { ok: false, reason: `new OpenRouter() throws: ${firstLine(error)}` };
  }
  const sends = (at: unknown) => typeof (at as { send?: unknown } | undefined)?.send === "function";
  if (sends(client.responses)) return { ok: true, at: "responses" };
  if (sends((client.beta as Record<string, unknown> | undefined)?.responses)) return { ok: true, at: "beta.responses" };
  return { ok: false, reason: "no OpenRouter client with responses.send or beta.responses.send" };
}

/** The request's key in `send`'s argument (`openResponsesRequest` to 0.10.2, then `responsesRequest`), or none: passed as it is. */
const requestKey = (loaded: Loaded) => keysOf(loaded.operations?.CreateResponsesRequest$outboundSchema).find((key) => /responsesRequest$/i.test(key));

function absent(loaded: Loaded, metadata: string | undefined): string[] {
  const notes: string[] = metadata === undefined || metadata === loaded.version ? [] : [`its SDK_METADATA.sdkVersion says ${metadata}`];
  if (typeof loaded.types?.startCountingUnrecognized !== "function")
    notes.push("this release has no startCountingUnrecognized (types), so a decode reports no unrecognized enum value");
  if (typeof loaded.discriminatedUnion?.isUnknown !== "function") notes.push("it has no isUnknown (types/discriminatedUnion.js): nothing is marked UNKNOWN");
  return notes;
}

// Parts only the client entry calls; main serves no entry discovery found unavailable, so these never run.
const unavailable = (reason: string) => () => {
  throw new Error(reason);
};

export function discover(loaded: Loaded): Discovery {
  // The package.json's version, which the registry installed (0.3.10's SDK_METADATA still says 0.3.9).
  const release = loaded.version;
  const metadata = (loaded.root.SDK_METADATA as { sdkVersion?: string } | undefined)?.sdkVersion;
  const types = typesIn(loaded.models);
  const none = `no image-generation types in @openrouter/sdk/models: ${lookedFor}`;
  if (Object.keys(types).length === 0)
    return { release, shapes: {}, entries: (["client", "fromJSON"] as const).map((name) => ({ name, available: false, reason: none })) };
  const client = clientOf(loaded.root);
  const response = responseModel(loaded.operations);
  const SseReader = loaded.eventStreams?.EventStream as SseReader | undefined;
  const clientReason = !client.ok
    ? client.reason
    : !types.ImageGenToolCall
      ? "no image_generation_call item type (OutputImageGenerationCallItem or ResponsesImageGenerationCall)"
      : !response
        ? "no response model with an output array in models/operations (Create…ResponsesResponse)"
        : !SseReader
          ? "no EventStream in lib/event-streams.js"
          : undefined;
  const key = requestKey(loaded);
  const built = version({
    sdk: { OpenRouter: loaded.root.OpenRouter, HTTPClient: loaded.root.HTTPClient, SDK_METADATA: { sdkVersion: release } } as Release["sdk"],
    models: loaded.models,
    types,
    outputItems: response?.outputItems ?? { parse: unavailable(`${clientReason}`), safeParse: unavailable(`${clientReason}`) },
    client: { at: client.ok ? client.at : "responses", ...(key ? { key } : {}) },
    ...(response ? { responseFields: fieldsFor(response.model) } : {}),
    ...(typeof loaded.discriminatedUnion?.isUnknown === "function" ? { isUnknown: loaded.discriminatedUnion.isUnknown as (value: unknown) => boolean } : {}),
    ...(typeof loaded.types?.startCountingUnrecognized === "function" ? { count: loaded.types.startCountingUnrecognized as () => { end(): number } } : {}),
    SseReader: SseReader ?? (unavailable(`${clientReason}`) as unknown as SseReader),
    absent: absent(loaded, metadata),
  });
  const helpers = Object.keys(built.shapes).length > 0;
  const entries: EntryState[] = [
    clientReason ? { name: "client", available: false, reason: clientReason } : { name: "client", available: true },
    helpers
      ? { name: "fromJSON", available: true }
      : { name: "fromJSON", available: false, reason: `no …FromJSON for any of ${Object.values(types).join(", ")}` },
  ];
  return { release, entries, shapes: types, ...(entries.some((entry) => entry.available) ? { version: built } : {}) };
}
