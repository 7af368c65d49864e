import type { Received } from "@imagegen-conformance/core";
import { marked, type Version } from "./version.js";

type Member = { safeParse(value: unknown): { success: boolean }; _zod?: { def?: { type?: string; left?: unknown } } };
const inbound = "$inboundSchema";

/** Each exported schema's type name (`X$inboundSchema` → `X`), so a union's member can be named by the SDK's own name. */
function schemaNames(models: Readonly<Record<string, unknown>>): Map<unknown, string> {
  return new Map(Object.entries(models).flatMap(([name, value]) => (name.endsWith(inbound) ? [[value, name.slice(0, -inbound.length)]] : [])));
}
const names = new WeakMap<Version, Map<unknown, string>>();
function namesOf(sdk: Version): Map<unknown, string> {
  const known = names.get(sdk) ?? schemaNames(sdk.models);
  names.set(sdk, known);
  return known;
}

/** A member's type name; 0.3.x to 0.9.x wrap each member as `X$inboundSchema.and(z.object({ type: z.literal(…) }))`, named by X. */
function nameOf(sdk: Version, member: Member | undefined): string | undefined {
  const def = member?._zod?.def;
  return namesOf(sdk).get(member) ?? (def?.type === "intersection" ? namesOf(sdk).get(def.left) : undefined);
}

/**
 * The SDK type an output item came back as. Releases to 0.11.2 read it through a plain `z.union`, which returns the
 * first member that parses, with no mark of which one did: so the members are tried on the raw element the same way,
 * in the union's own order. From 0.12.0 a forward-compatible union routes by `type` and marks whatever fails as UNKNOWN;
 * a value it did not mark went through the member keyed by its `type`, named here by the type whose `…Type` enum holds it.
 */
export function memberOf(sdk: Version, raw: unknown, value: unknown): { received: Received; type?: string } {
  if (marked(sdk)(value)) return { received: "unknown" };
  const declared = sdk.items.ImageGenToolCall;
  const options = (sdk.outputItems as { options?: readonly Member[] }).options;
  const first = options?.find((option) => option.safeParse(raw).success);
  const name = options ? nameOf(sdk, first) : routed(sdk, value);
  if (name === declared) return { received: "declared" };
  return { received: "other", type: name ?? "an unnamed member of the output-item union" };
}

/** Per release, each item `type` its `Output…ItemType` enums hold → the member's name: indexed once, not per value. */
const memberTypes = new WeakMap<Version, Map<unknown, string>>();
function memberTypesOf(sdk: Version): Map<unknown, string> {
  let index = memberTypes.get(sdk);
  if (!index) {
    index = new Map();
    for (const [name, values] of Object.entries(sdk.models))
      if (/^Output\w*ItemType$/.test(name) && values !== null && typeof values === "object")
        for (const type of Object.values(values)) if (!index.has(type)) index.set(type, name.slice(0, -"Type".length));
    memberTypes.set(sdk, index);
  }
  return index;
}

/** From 0.12.0: the union's member (an `Output…Item`) whose single-value `…Type` enum holds the value's `type`. */
function routed(sdk: Version, value: unknown): string | undefined {
  const type = (value as { type?: unknown } | null)?.type;
  return memberTypesOf(sdk).get(type) ?? `the OutputItems member for type ${JSON.stringify(type)}`;
}
