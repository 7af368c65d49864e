import type * as FastCheck from "fast-check";
import type { CompiledCheck } from "../compile/compiled-check.js";
import type { JsonValue } from "../json/json-value.js";
import { otherJson } from "../kind/_internals/other-json.js";
import { smallestFirst } from "../kind/_internals/smallest-first.js";
import type { ArbitraryScope, FastCheckModule } from "../kind/kind.js";
import type { Rule } from "../rule/rule.js";
import { ruleId } from "../rule/rule.js";
import type { JsonSchema } from "../schema/json-schema.js";
import type { Source } from "../source/source.js";
import type { Shape, ShapeSchemaScope, ShapeScope, ShapeViolation } from "./shape.js";

export interface EnumShapeDefinition<V extends string> {
  name: string;
  family: string;
  description: string;
  sources: Source[];
  values: readonly V[];
}

/** A documented string enum, checkable on its own and usable as a field's kind. */
export class EnumShape<V extends string = string> implements Shape {
  readonly kind = "enum" as const;
  readonly documentedForm = "wire" as const;
  readonly name: string;
  readonly family: string;
  readonly description: string;
  readonly sources: readonly Source[];
  readonly values: readonly V[];
  readonly rules: readonly Rule[];
  /** "one of "a" | "b"", for messages. */
  readonly expected: string;
  readonly #members: ReadonlySet<unknown>;

  constructor(definition: EnumShapeDefinition<V>) {
    this.name = definition.name;
    this.family = definition.family;
    this.description = definition.description;
    this.sources = definition.sources;
    this.values = definition.values;
    this.#members = new Set(definition.values);
    this.expected = `one of ${this.values.map((value) => JSON.stringify(value)).join(" | ")}`;
    this.rules = [
      { id: ruleId(this.name, "$", "type"), shape: this.name, field: "$", check: "type", expected: "string" },
      { id: ruleId(this.name, "$", "enum"), shape: this.name, field: "$", check: "enum", expected: this.expected },
    ];
  }

  has(value: unknown): value is V {
    return this.#members.has(value);
  }

  check(value: unknown, scope: ShapeScope): void {
    const [typeRule, enumRule] = this.rules as [Rule, Rule];
    if (typeof value !== "string") scope.report(typeRule, value, scope.path);
    else if (!this.has(value)) scope.report(enumRule, value, scope.path);
  }

  compile(): CompiledCheck {
    const [typeRule, enumRule] = this.rules as [Rule, Rule];
    return (value, path, report) => {
      if (typeof value !== "string") report(typeRule, value, path);
      else if (!this.has(value)) report(enumRule, value, path);
    };
  }

  convert(value: JsonValue): JsonValue {
    return value;
  }

  arbitrary({ fc }: ArbitraryScope): FastCheck.Arbitrary<JsonValue> {
    return fc.constantFrom(...this.shrinkOrder);
  }

  /** The values shortest first, so shrinking moves to a smaller value. */
  get shrinkOrder(): V[] {
    return smallestFirst(this.values);
  }

  /** Strings outside the enum: near misses, the members other documents add, then anything. */
  outsiders(fc: FastCheckModule): FastCheck.Arbitrary<string> {
    const near = ["queued", "incomplete", "cancelled", ...this.values.flatMap((value) => [value.toUpperCase(), value.replaceAll("_", "-"), ` ${value}`])];
    return fc.oneof(fc.constantFrom(...smallestFirst(near)), fc.string()).filter((text) => !this.has(text));
  }

  violations({ fc }: ArbitraryScope): ShapeViolation[] {
    const [typeRule, enumRule] = this.rules as [Rule, Rule];
    return [
      { rule: typeRule, arbitrary: fc.oneof(fc.constant(null), otherJson(fc, "string")) },
      { rule: enumRule, arbitrary: this.outsiders(fc) },
    ];
  }

  schemaBody(scope: ShapeSchemaScope): JsonSchema {
    const enumRule = this.rules[1] as Rule;
    const base = { title: this.name, description: this.description, type: "string" };
    if (!scope.enforced(enumRule.id)) return base;
    return { ...base, enum: [...this.values, ...scope.admitted(enumRule.id)] };
  }
}
