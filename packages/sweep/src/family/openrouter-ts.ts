import { join } from "node:path";
import { npmInstall, npmReleases } from "../registry/npm-registry.js";
import { shellQuote } from "./shell-quote.js";
import type { SweepFamily } from "./sweep-family.js";

/** @openrouter/sdk from npm, each release loaded by `apps/harness-openrouter-ts/bin/release.js` from its own directory. */
export const openrouterTs: SweepFamily = {
  name: "openrouter-ts",
  package: "@openrouter/sdk",
  registry: "npm",
  installJobs: 4,
  entries: ["client", "fromJSON"],
  releases: () => npmReleases("@openrouter/sdk"),
  install: (version, directory) => npmInstall("@openrouter/sdk", version, directory),
  harness: (directory, argument, apps) => ({
    command: `node bin/release.js ${shellQuote(directory)} ${shellQuote(argument)}`,
    cwd: join(apps, "harness-openrouter-ts"),
  }),
};
