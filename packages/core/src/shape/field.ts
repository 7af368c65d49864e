import type { Kind } from "../kind/kind.js";
import type { FieldNames } from "../naming/form.js";

/**
 * A field of an object shape. Presence and nullability are separate, as the
 * generated SDKs keep them (Speakeasy's Optional, Nullable and OptionalNullable).
 */
export interface Field<T = unknown, R extends boolean = boolean, N extends boolean = boolean> {
  readonly kind: Kind<T>;
  readonly required: R;
  readonly nullable: N;
  /** Names that differ from the derived ones, e.g. a Go name the generator chose. */
  readonly names?: Partial<FieldNames>;
}

type Options = { names?: Partial<FieldNames> };

export const required = <T>(kind: Kind<T>, options: Options = {}): Field<T, true, false> => ({ kind, required: true, nullable: false, ...options });
export const requiredNullable = <T>(kind: Kind<T>, options: Options = {}): Field<T, true, true> => ({ kind, required: true, nullable: true, ...options });
export const optional = <T>(kind: Kind<T>, options: Options = {}): Field<T, false, false> => ({ kind, required: false, nullable: false, ...options });
export const optionalNullable = <T>(kind: Kind<T>, options: Options = {}): Field<T, false, true> => ({ kind, required: false, nullable: true, ...options });

export type Fields = Record<string, Field>;
