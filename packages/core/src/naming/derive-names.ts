import type { FieldNames } from "./form.js";

// Go keeps initialisms upper case (ItemID, not ItemId), as the generated SDK does.
const goInitialisms = new Set(["id", "url", "b64", "json", "http", "api"]);

/** Names of one field in every form, derived from its wire name. */
export function deriveNames(wire: string, overrides: Partial<FieldNames> = {}): FieldNames {
  const words = wire.split("_");
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const ts = words.map((word, index) => (index === 0 ? word : capitalise(word))).join("");
  const go = words.map((word) => (goInitialisms.has(word) ? word.toUpperCase() : capitalise(word))).join("");
  return { wire, ts, go, python: wire, ...overrides };
}

/** The TypeScript SDK's key, at the type level: `item_id` → `itemId`. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
