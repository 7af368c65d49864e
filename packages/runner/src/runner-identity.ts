import { createRequire } from "node:module";

// Read from the package itself (src/ and dist/ sit beside package.json): a release's logs and hellos name its version.
const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

/** The runner's name and version, as it introduces itself to harnesses and in run logs. */
export const runnerIdentity = { name: "imagegen-conformance", version };
