import type * as FastCheck from "fast-check";
import type FastCheckDefault from "fast-check";
import type { CompiledKind, CompileScope } from "../compile/compiled-check.js";
import type { JsonValue } from "../json/json-value.js";
import type { Form } from "../naming/form.js";
import type { Check } from "../rule/check.js";
import type { JsonSchema } from "../schema/json-schema.js";

/** The fast-check module as `import fc from "fast-check"` gives it. */
export type FastCheckModule = typeof FastCheckDefault;

/** Where a kind reports what it found, for one field of one value. */
export interface FieldScope {
  /** JSON Pointer of the value under check. */
  path: string;
  form: Form;
  /** Records that `check` failed; disputes and readings are resolved by the receiver. */
  report(check: Check, received: unknown): void;
  /** Validates a nested value against another shape, at this path. */
  nest(shape: NestableShape, value: unknown): void;
}

/** What a kind needs from the active reading to write its JSON Schema. */
export interface SchemaScope {
  form: Form;
  enforced(check: Check): boolean;
  /** Values a disputed check lets through under the active reading. */
  admitted(check: Check): readonly JsonValue[];
  nested(shape: NestableShape): JsonSchema;
}

/**
 * What a kind needs to generate values. fast-check is passed in, never imported,
 * so core carries no runtime dependency on it (the Effect Schema pattern).
 */
export interface ArbitraryScope {
  fc: FastCheckModule;
  form: Form;
  nested(shape: NestableShape): FastCheck.Arbitrary<JsonValue>;
  /** A generator that replaces a kind's own for one field (realistic ids, images); it must stay valid. */
  field?(shape: string, wire: string): FastCheck.Arbitrary<JsonValue> | undefined;
}

/** A generator of values that break exactly one of a kind's checks. */
export interface Violation {
  check: Check;
  arbitrary: FastCheck.Arbitrary<JsonValue>;
}

/** A shape that can sit inside another one's field. */
export interface NestableShape {
  readonly name: string;
}

/**
 * The type of a field's value. Each kind answers for itself how to check a
 * value, write its schema, generate valid values and break each of its checks;
 * shared code never switches on kinds.
 */
export interface Kind<T = unknown> {
  /** Phantom: the TypeScript type of a valid value. */
  readonly __value?: T;
  /** The checks this kind owns, in the order they apply, with what each expects. */
  readonly checks: readonly { check: Check; expected: string }[];
  /** Checks a present, non-null value. The interpreted judge: the oracle the compiled one is held to. */
  validate(value: unknown, scope: FieldScope): void;
  /** The same checks as `validate`, specialised once; a property test holds them equal (compiled-judge.test.ts). */
  compile(scope: CompileScope): CompiledKind;
  schema(scope: SchemaScope): JsonSchema;
  /** Values valid under every reading. */
  arbitrary(scope: ArbitraryScope): FastCheck.Arbitrary<T>;
  /** For each check, values that break it and nothing else the kind checks. */
  violations(scope: ArbitraryScope): readonly Violation[];
}
