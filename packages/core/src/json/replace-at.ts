import { isJsonObject, type JsonObject, type JsonValue } from "../json/json-value.js";

/** The value with the member at `path` set to `replacement` (dropped when `undefined`), keys kept in their order. */
export function replaceAt(value: JsonValue, path: readonly string[], replacement: JsonValue | undefined): JsonValue {
  const [key, ...rest] = path;
  if (key === undefined) return replacement ?? null;
  if (!isJsonObject(value)) return value;
  const inner = rest.length === 0 ? replacement : replaceAt(value[key] ?? null, rest, replacement);
  const entries = Object.entries(value).flatMap(([name, member]): [string, JsonValue][] =>
    name !== key ? [[name, member]] : inner === undefined ? [] : [[name, inner]],
  );
  if (!Object.hasOwn(value, key) && inner !== undefined) entries.push([key, inner]);
  return Object.fromEntries(entries) as JsonObject;
}
