import { previewJson, protocolSchema, schemaErrorLine } from "@imagegen-conformance/core";
import { caseSchema } from "@imagegen-conformance/fixtures";
import { type LogRecord, type LogRecordType, logSchema } from "@imagegen-conformance/runner";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

// verbose: each error carries the schema it is about, so the message can say what was expected.
const ajv = new Ajv2020({ strict: false, allErrors: false, verbose: true, discriminator: true });
ajv.addSchema(caseSchema());
ajv.addSchema(protocolSchema as object);
ajv.addSchema(logSchema as object);
const types = Object.keys(logSchema.$defs) as LogRecordType[];
const validators = new Map(types.map((type) => [type, ajv.getSchema(`${logSchema.$id}#/$defs/${type}`) as ValidateFunction]));

/** Null when the value is a record of the run log; else one line, `<field>: expected …, received …`, bounded whatever the value. */
export function recordProblem(value: unknown): string | null {
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject) return `/: expected a record object, received ${previewJson(value)}`;
  const type = Object.hasOwn(value, "type") ? (value as { type?: unknown }).type : undefined;
  const validate = validators.get(type as LogRecordType);
  if (!validate)
    return `/type: expected one of ${types.map((known) => `"${known}"`).join(", ")}, received ${type === undefined ? "nothing" : previewJson(type)}`;
  try {
    if (validate(value)) return null;
  } catch {
    return "/: expected a record the schema can check, received one it could not check";
  }
  return schemaErrorLine(validate.errors, value);
}

/** The value as a log record, once checked. */
export const asRecord = (value: unknown): LogRecord => value as LogRecord;
