import { jsonSchemaDialect, schemaBase } from "@imagegen-conformance/core";
import { caseSchema } from "@imagegen-conformance/fixtures";
import { outcomeProperties } from "../outcome/outcome-schema.js";
import type { Task } from "../run/task.js";

/** The checks a reproducer may replay: every one of Task["check"], and nothing else (the type test below fails otherwise). */
export const reproducerChecks = ["decode", "encode", "stream"] as const satisfies readonly Task["check"][];
const everyCheck: Task["check"] extends (typeof reproducerChecks)[number] ? true : never = true;
void everyCheck;

const name = { type: "string", minLength: 1 };
// What the case's operation must be for each check: a stream case is streamed, a decode case decoded or encoded.
const operationFor = (check: string, operation: string) => ({
  // Only for an operation the case schema knows: any other is the case's own error.
  if: { required: ["check"], properties: { check: { const: check }, case: { properties: { operation: { enum: ["decode", "stream"] } } } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise.
  then: { properties: { case: { properties: { operation: { const: operation, title: `"${operation}" (the check is ${check})` } } } } },
});

/**
 * A reproducer file (reproducer.ts) as JSON Schema (draft 2020-12): what write-reproducer writes and
 * read-reproducer checks before anything of it is used. Its case is a corpus case, by the case schema.
 * Fields not listed are let through and never read. Nothing here looks inside values of unbounded depth.
 */
export const reproducerSchema = {
  $schema: jsonSchemaDialect,
  $id: `${schemaBase}reproducer-v1.json`,
  title: "an imagegen-conformance reproducer (an object)",
  type: "object",
  required: ["implementation", "reach", "check", "case", "outcome", "seed"],
  properties: {
    implementation: name,
    reach: {
      title: "a reach: {harness, cwd?}, {impl} or {sdk}",
      type: "object",
      additionalProperties: false,
      properties: { harness: name, cwd: name, impl: name, sdk: name },
      oneOf: [{ required: ["harness"] }, { required: ["impl"] }, { required: ["sdk"] }],
      dependentRequired: { cwd: ["harness"] },
    },
    check: { enum: [...reproducerChecks] },
    case: { title: "a corpus case", $ref: `${caseSchema().$id}#/$defs/case` },
    outcome: {
      type: "object",
      required: ["kind", "reason"],
      properties: outcomeProperties,
    },
    seed: { type: "integer" },
  },
  allOf: [
    // The format first (Ajv checks allOf before the object's own keywords): a file of another kind says so, not what it lacks.
    { required: ["format"], properties: { format: { const: "imagegen-conformance/reproducer@1" } } },
    ...reproducerChecks.map((check) => operationFor(check, check === "stream" ? "stream" : "decode")),
  ],
} as const;
