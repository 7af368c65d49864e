import type { CamelCase } from "../naming/derive-names.js";
import type { Field, Fields } from "./field.js";
import type { ObjectShape } from "./object-shape.js";

type ValueOf<F> = F extends Field<infer T, boolean, infer N> ? (N extends true ? T | null : T) : never;
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends Field<unknown, true, boolean> ? K : never }[keyof F];
type Flatten<T> = { [K in keyof T]: T[K] };

/** The static type of a shape's wire form, derived from its one definition. */
export type Wire<S> =
  S extends ObjectShape<infer F> ? Flatten<{ [K in RequiredKeys<F>]: ValueOf<F[K]> } & { [K in Exclude<keyof F, RequiredKeys<F>>]?: ValueOf<F[K]> }> : never;

/** The static type of a shape as the TypeScript SDK holds it: camelCase keys. */
export type TypeScriptForm<S> = { [K in keyof Wire<S> as CamelCase<K & string>]: Wire<S>[K] };
