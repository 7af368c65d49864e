import type * as FastCheck from "fast-check";
import { compileObject } from "../compile/compile-object.js";
import type { CompiledCheck } from "../compile/compiled-check.js";
import { appendPointer } from "../json/json-pointer.js";
import { isJsonObject, type JsonValue } from "../json/json-value.js";
import type { ArbitraryScope, FieldScope, SchemaScope } from "../kind/kind.js";
import { deriveNames } from "../naming/derive-names.js";
import type { FieldNames, Form } from "../naming/form.js";
import type { Check } from "../rule/check.js";
import { type Rule, ruleId } from "../rule/rule.js";
import type { JsonSchema } from "../schema/json-schema.js";
import type { Source } from "../source/source.js";
import type { Field, Fields } from "./field.js";
import type { Shape, ShapeKind, ShapeSchemaScope, ShapeScope, ShapeViolation } from "./shape.js";

export interface ObjectShapeDefinition<F extends Fields> {
  name: string;
  kind: Exclude<ShapeKind, "enum">;
  family: string;
  description: string;
  sources: Source[];
  documentedForm: Form;
  /** Keyed by wire name; every other name is derived from it. */
  fields: F;
}

/** A field with its names resolved and its rules indexed by check. */
export interface ResolvedField {
  wire: string;
  names: FieldNames;
  field: Field;
  rules: Partial<Record<Check, Rule>>;
  /** The documented shape the field holds, when it holds one (`objectOf`): read once here, not asked of the kind per value. */
  nested?: ObjectShape;
}

/** A JSON object shape: the items and the stream events. */
export class ObjectShape<F extends Fields = Fields> implements Shape {
  readonly name: string;
  readonly kind: Exclude<ShapeKind, "enum">;
  readonly family: string;
  readonly description: string;
  readonly sources: readonly Source[];
  readonly documentedForm: Form;
  readonly fields: readonly ResolvedField[];
  readonly rules: readonly Rule[];
  readonly #objectRule: Rule;
  readonly #compiled = new Map<Form, CompiledCheck>();
  readonly #named = new Map<Form, Map<string, ResolvedField>>();

  constructor(definition: ObjectShapeDefinition<F>) {
    this.name = definition.name;
    this.kind = definition.kind;
    this.family = definition.family;
    this.description = definition.description;
    this.sources = definition.sources;
    this.documentedForm = definition.documentedForm;
    this.#objectRule = { id: ruleId(this.name, "$", "object"), shape: this.name, field: "$", check: "object", expected: "object" };
    this.fields = Object.entries(definition.fields).map(([wire, field]) => this.#resolve(wire, field));
    this.rules = [this.#objectRule, ...this.fields.flatMap((resolved) => Object.values(resolved.rules))];
  }

  #resolve(wire: string, field: Field): ResolvedField {
    const names = deriveNames(wire, field.names);
    const documented = names[this.documentedForm];
    const rule = (check: Check, expected: string): Rule => ({ id: ruleId(this.name, documented, check), shape: this.name, field: documented, check, expected });
    const rules: Partial<Record<Check, Rule>> = {};
    if (field.required) rules.required = rule("required", "present");
    if (!field.nullable) rules.null = rule("null", "not null");
    for (const { check, expected } of field.kind.checks) rules[check] = rule(check, expected);
    const nested = (field.kind as { nestedShape?: ObjectShape }).nestedShape;
    return { wire, names, field, rules, ...(nested ? { nested } : {}) };
  }

  /** The field whose key in `form` is `key`, if any: looked up in a map per form, made on first use. */
  fieldNamed(key: string, form: Form): ResolvedField | undefined {
    let named = this.#named.get(form);
    if (!named) {
      named = new Map();
      for (const resolved of this.fields) if (!named.has(resolved.names[form])) named.set(resolved.names[form], resolved);
      this.#named.set(form, named);
    }
    return named.get(key);
  }

  check(value: unknown, scope: ShapeScope): void {
    if (!isJsonObject(value)) {
      scope.report(this.#objectRule, value, scope.path);
      return;
    }
    for (const resolved of this.fields) {
      const key = resolved.names[scope.form];
      const path = appendPointer(scope.path, key);
      const present = Object.hasOwn(value, key);
      const fieldValue = present ? value[key] : undefined;
      if (!present) {
        if (resolved.rules.required) scope.report(resolved.rules.required, undefined, path);
      } else if (fieldValue === null) {
        if (resolved.rules.null) scope.report(resolved.rules.null, null, path);
      } else {
        resolved.field.kind.validate(fieldValue, fieldScope(resolved, path, scope));
      }
    }
  }

  compile(form: Form): CompiledCheck {
    let compiled = this.#compiled.get(form);
    if (!compiled) {
      compiled = compileObject(this.#objectRule, this.fields, form);
      this.#compiled.set(form, compiled);
    }
    return compiled;
  }

  convert(value: JsonValue, from: Form, to: Form): JsonValue {
    if (!isJsonObject(value) || from === to) return value;
    const converted: Record<string, JsonValue> = {};
    for (const [key, member] of Object.entries(value)) {
      const resolved = this.fieldNamed(key, from);
      const nested = resolved?.nested;
      Object.defineProperty(converted, resolved ? resolved.names[to] : key, {
        value: nested && member !== null ? nested.convert(member, from, to) : member,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return converted;
  }

  /** Per field, valid values under every reading; `undefined` (an absent key) for optional fields. */
  fieldArbitraries(scope: ArbitraryScope): { key: string; arbitrary: FastCheck.Arbitrary<JsonValue | undefined> }[] {
    const { fc } = scope;
    return this.fields.map((resolved) => {
      const kind = scope.field?.(this.name, resolved.wire) ?? (resolved.field.kind.arbitrary(scope) as FastCheck.Arbitrary<JsonValue>);
      const value = resolved.field.nullable ? fc.oneof({ weight: 3, arbitrary: kind }, fc.constant(null)) : kind;
      return { key: resolved.names[scope.form], arbitrary: resolved.field.required ? value : fc.option(value, { nil: undefined, freq: 4 }) };
    });
  }

  arbitrary(scope: ArbitraryScope): FastCheck.Arbitrary<JsonValue> {
    const fields = this.fieldArbitraries(scope);
    return scope.fc.tuple(...fields.map((field) => field.arbitrary)).map((values) => assemble(fields, values));
  }

  violations(scope: ArbitraryScope): ShapeViolation[] {
    const { fc } = scope;
    const notAnObject = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
    const violations: ShapeViolation[] = [{ rule: this.#objectRule, arbitrary: notAnObject }];
    for (const resolved of this.fields) {
      const key = resolved.names[scope.form];
      if (resolved.rules.required) violations.push({ rule: resolved.rules.required, key, arbitrary: fc.constant(undefined) });
      if (resolved.rules.null) violations.push({ rule: resolved.rules.null, key, arbitrary: fc.constant(null) });
      for (const { check, arbitrary } of resolved.field.kind.violations(scope)) {
        const rule = resolved.rules[check];
        if (rule) violations.push({ rule, key, arbitrary });
      }
    }
    return violations;
  }

  schemaBody(scope: ShapeSchemaScope): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const resolved of this.fields) {
      const key = resolved.names[scope.form];
      properties[key] = fieldSchema(resolved, scope);
      if (resolved.rules.required && scope.enforced(resolved.rules.required.id)) required.push(key);
    }
    return { title: this.name, description: this.description, type: "object", properties, required };
  }
}

function fieldScope(resolved: ResolvedField, path: string, scope: ShapeScope): FieldScope {
  return {
    path,
    form: scope.form,
    report(check, received) {
      const rule = resolved.rules[check];
      if (rule) scope.report(rule, received, path);
    },
    nest(shape, value) {
      (shape as Shape).check(value, { ...scope, path });
    },
  };
}

function fieldSchema(resolved: ResolvedField, scope: ShapeSchemaScope): JsonSchema {
  const kindScope: SchemaScope = {
    form: scope.form,
    enforced: (check) => {
      const rule = resolved.rules[check];
      return rule === undefined || scope.enforced(rule.id);
    },
    admitted: (check) => {
      const rule = resolved.rules[check];
      return rule === undefined ? [] : (scope.admitted(rule.id) as JsonValue[]);
    },
    nested: (shape) => (shape as Shape).schemaBody(scope),
  };
  const body = resolved.field.kind.schema(kindScope);
  const nullRule = resolved.rules.null;
  const allowsNull = nullRule === undefined || !scope.enforced(nullRule.id);
  return allowsNull ? { anyOf: [body, { type: "null" }] } : body;
}

/** An object from per-field values, leaving out absent (`undefined`) ones. */
export function assemble(fields: readonly { key: string }[], values: readonly (JsonValue | undefined)[]): JsonValue {
  const object: Record<string, JsonValue> = {};
  fields.forEach(({ key }, index) => {
    const value = values[index];
    if (value !== undefined) object[key] = value;
  });
  return object;
}
