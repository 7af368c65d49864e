import { isJsonObject, type JsonValue } from "@imagegen-conformance/core";

/** A valid value with one change: a key set or dropped (`undefined`), or the whole value replaced (no key). */
export function applyChange(base: JsonValue, key: string | undefined, replacement: JsonValue | undefined): JsonValue {
  if (key === undefined || !isJsonObject(base)) return replacement === undefined ? null : replacement;
  const { [key]: _old, ...rest } = base;
  return replacement === undefined ? rest : { ...rest, [key]: replacement };
}
