import type * as FastCheck from "fast-check";
import type { CompiledCheck } from "../compile/compiled-check.js";
import type { JsonValue } from "../json/json-value.js";
import type { ArbitraryScope, Kind } from "../kind/kind.js";
import type { Form } from "../naming/form.js";
import type { Check } from "../rule/check.js";
import type { Rule } from "../rule/rule.js";
import type { JsonSchema } from "../schema/json-schema.js";
import type { Source } from "../source/source.js";

/** An output item, a stream event, an enum, or an object nested in an item (an SDK names it, but it has no `type` of its own). */
export type ShapeKind = "item" | "event" | "nested" | "enum";

/** Where a shape reports broken rules while checking one value. */
export interface ShapeScope {
  path: string;
  form: Form;
  report(rule: Rule, received: unknown, path: string): void;
}

/** What a shape needs from the active reading to write its JSON Schema. */
export interface ShapeSchemaScope {
  form: Form;
  enforced(rule: string): boolean;
  admitted(rule: string): readonly unknown[];
}

/** One documented shape: an item, an event or an enum. */
export interface Shape {
  readonly name: string;
  readonly kind: ShapeKind;
  /**
   * The wire object it documents (an item's or event's \`type\`): shapes of one family are documents of one thing,
   * so an SDK's behaviour with a rule is one behaviour across them.
   */
  readonly family: string;
  /** A sentence on what the shape is and why it is named so. */
  readonly description: string;
  /** Where it is documented; the first source is the primary one. */
  readonly sources: readonly Source[];
  /** The form its document writes keys in; rule ids use those names. */
  readonly documentedForm: Form;
  readonly rules: readonly Rule[];
  /** Checks a value, walking the rule tree: the interpreted judge, kept as the oracle of the compiled one. */
  check(value: unknown, scope: ShapeScope): void;
  /** The same checks specialised once for a form, cached; reports the same rules, values and paths in the same order. */
  compile(form: Form): CompiledCheck;
  /** The schema body (no `$schema`/`$id`), under the active reading. */
  schemaBody(scope: ShapeSchemaScope): JsonSchema;
  /** The same value with its known keys renamed from one form to another; unknown keys are kept as they are. */
  convert(value: JsonValue, from: Form, to: Form): JsonValue;
  /** Values valid under every reading, keys in `scope.form`. */
  arbitrary(scope: ArbitraryScope): FastCheck.Arbitrary<JsonValue>;
  /** For each rule, changes to a valid value that break it and no other rule of this shape. */
  violations(scope: ArbitraryScope): ShapeViolation[];
}

/**
 * A generator of changes that break one rule of a shape. With a `key`, it gives
 * the field's new value (`undefined` drops the key); without one, a whole value
 * that replaces the object. Changes to different keys combine.
 */
export interface ShapeViolation {
  rule: Rule;
  key?: string;
  arbitrary: FastCheck.Arbitrary<JsonValue | undefined>;
}

export type { Check, Kind };
