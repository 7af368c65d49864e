import { protocolSchema } from "./protocol-schema.js";

/** Where the emitted protocol schema lives, from the package root (exported as `@imagegen-conformance/core/schemas/…`). */
export const protocolSchemaFile = "schemas/protocol-v1.schema.json";

/** The file's text: the schema object, as `npm run emit-schema` writes it. */
export const protocolSchemaText = (): string => `${JSON.stringify(protocolSchema, null, 2)}\n`;
