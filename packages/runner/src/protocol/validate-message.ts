import { protocolSchema } from "@imagegen-conformance/core";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

const ajv = new Ajv2020({ strict: false, allErrors: false });
ajv.addSchema(protocolSchema as object);
const definition = (name: string): ValidateFunction => ajv.getSchema(`${protocolSchema.$id}#/$defs/${name}`) as ValidateFunction;

const validators = {
  harnessHello: definition("harnessHello"),
  harnessRefusal: definition("harnessRefusal"),
  results: definition("results"),
  run: definition("run"),
  runnerHello: definition("runnerHello"),
};

export type MessageKind = keyof typeof validators;

/** Null when `message` is a valid protocol message of that kind, else one line saying what is wrong and where. */
export function protocolViolation(kind: MessageKind, message: unknown): string | null {
  const validate = validators[kind];
  if (validate(message)) return null;
  const error = validate.errors?.[0] as ErrorObject | undefined;
  return `${kind} message ${error?.instancePath || "/"} ${error?.message ?? "is invalid"}`;
}
