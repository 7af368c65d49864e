import { jsonSchemaDialect, schemaBase } from "@imagegen-conformance/core";

const name = { type: "string", minLength: 1 };

/**
 * An `apps/<harness>/harness.json` as JSON Schema (draft 2020-12): what the registry checks before any
 * of it is used. Each entry is a RegisteredHarness (harness-registry.ts) without its directory.
 */
export const harnessFileSchema = {
  $schema: jsonSchemaDialect,
  $id: `${schemaBase}harness-file.json`,
  title: 'a harness file ({"harnesses": [...]})',
  type: "object",
  additionalProperties: false,
  required: ["harnesses"],
  properties: {
    $schema: { type: "string" },
    harnesses: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "sdk", "version", "language", "command"],
        properties: { id: name, sdk: name, version: name, language: name, command: name, prepare: name },
      },
    },
  },
} as const;
