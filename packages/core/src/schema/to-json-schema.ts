import type { Form } from "../naming/form.js";
import type { Shape } from "../shape/shape.js";
import { Judge, type Readings } from "../validate/judge.js";
import { type JsonSchema, jsonSchemaDialect, schemaBase } from "./json-schema.js";

export interface SchemaOptions {
  form?: Form;
  readings?: Readings;
}

/** The draft 2020-12 JSON Schema of a shape, under the given readings (default: each finding's documented one). */
export function toJsonSchema(shape: Shape, options: SchemaOptions = {}): JsonSchema {
  const form = options.form ?? "wire";
  const judge = new Judge(options.readings);
  const body = shape.schemaBody({ form, enforced: (rule) => judge.enforced(rule), admitted: (rule) => judge.admitted(rule) });
  const readings = Object.entries(options.readings ?? {}).map(([finding, reading]) => `${finding}=${reading}`);
  // A schema under other readings is another schema, so it gets another id.
  const query = readings.length > 0 ? `?${readings.join("&")}` : "";
  return {
    $schema: jsonSchemaDialect,
    $id: `${schemaBase}${shape.name}${form === "wire" ? "" : `.${form}`}.json${query}`,
    ...body,
    ...(readings.length > 0 ? { $comment: `readings: ${readings.join(", ")}` } : {}),
  };
}
