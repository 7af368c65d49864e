import { appendPointer } from "../json/json-pointer.js";
import { isJsonObject } from "../json/json-value.js";
import type { NestableShape } from "../kind/kind.js";
import type { Form } from "../naming/form.js";
import type { Rule } from "../rule/rule.js";
import type { ResolvedField } from "../shape/object-shape.js";
import type { Shape } from "../shape/shape.js";
import type { CompiledCheck, CompiledKind } from "./compiled-check.js";

interface CompiledField {
  key: string;
  required: Rule | undefined;
  notNull: Rule | undefined;
  rules: ResolvedField["rules"];
  kind: CompiledKind;
}

/**
 * An object shape's checks for one form, in `ObjectShape.check`'s order: per field, presence, then null, then the
 * kind's own. Keys, rules and kind checks are looked up once here rather than for every value.
 */
export function compileObject(objectRule: Rule, fields: readonly ResolvedField[], form: Form): CompiledCheck {
  const scope = { nested: (shape: NestableShape) => (shape as Shape).compile(form) };
  const compiled: CompiledField[] = fields.map((resolved) => ({
    key: resolved.names[form],
    required: resolved.rules.required,
    notNull: resolved.rules.null,
    rules: resolved.rules,
    kind: resolved.field.kind.compile(scope),
  }));
  return (value, path, report) => {
    if (!isJsonObject(value)) {
      report(objectRule, value, path);
      return;
    }
    for (const field of compiled) {
      if (!Object.hasOwn(value, field.key)) {
        if (field.required) report(field.required, undefined, appendPointer(path, field.key));
        continue;
      }
      const member = value[field.key];
      if (member === null) {
        if (field.notNull) report(field.notNull, null, appendPointer(path, field.key));
        continue;
      }
      const broken = field.kind(member, path, field.key, report);
      const rule = broken && field.rules[broken.check];
      if (rule) report(rule, broken.received, appendPointer(path, field.key));
    }
  };
}
