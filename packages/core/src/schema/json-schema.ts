/** A JSON Schema (draft 2020-12) object, as the catalogue emits it. */
export type JsonSchema = { [keyword: string]: unknown };

export const jsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema";
export const schemaBase = "https://imagegen-conformance.dev/schemas/";
