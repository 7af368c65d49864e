// Writes protocol v1's JSON Schema file from its one definition (src/protocol/protocol-schema.ts), for harnesses
// in other languages to validate against. protocol-schema.test.ts fails while the file is out of date.
import { writeFileSync } from "node:fs";
import { protocolSchemaFile, protocolSchemaText } from "../src/protocol/schema-file.js";

const file = new URL(`../${protocolSchemaFile}`, import.meta.url);
writeFileSync(file, protocolSchemaText());
console.log(`wrote ${protocolSchemaFile}`);
