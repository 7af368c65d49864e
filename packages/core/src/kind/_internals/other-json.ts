import type * as FastCheck from "fast-check";
import type { JsonTypeName, JsonValue } from "../../json/json-value.js";
import type { FastCheckModule } from "../kind.js";
import { smallestFirst } from "./smallest-first.js";

/** Non-null JSON values of any type but the given ones: material for "wrong type" violations. */
export function otherJson(fc: FastCheckModule, ...excluded: JsonTypeName[]): FastCheck.Arbitrary<JsonValue> {
  const all: [JsonTypeName, FastCheck.Arbitrary<JsonValue>][] = [
    ["boolean", fc.boolean()],
    ["number", fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    ["string", fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...smallestFirst(["1", "true", "null", ""])))],
    ["array", fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxLength: 3 })],
    ["object", fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 })],
  ];
  return fc.oneof(
    ...all.filter(([type]) => !excluded.includes(type) && !(type === "number" && excluded.includes("integer"))).map(([, arbitrary]) => arbitrary),
  );
}
