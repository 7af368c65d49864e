import { createRequire } from "node:module";

/** This CLI's version, from its own package.json (src/ and dist/ sit beside it). */
export const cliVersion = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
