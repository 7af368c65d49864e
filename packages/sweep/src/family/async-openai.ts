import { dirname, join } from "node:path";
import { cargoBuild, crateReleases } from "../registry/crates-index.js";
import { shellQuote } from "./shell-quote.js";
import type { SweepFamily } from "./sweep-family.js";

const crate = { name: "async-openai", binary: "harness-async-openai" };

/**
 * async-openai from crates.io, each release built into `apps/harness-async-openai`'s binary of its own. Releases
 * before 0.37.0 have no `middleware` feature (the harness's mocked transport) and do not build: their rows say so.
 */
export const asyncOpenai: SweepFamily = {
  name: "async-openai",
  package: crate.name,
  registry: "crates.io",
  installJobs: 1,
  entries: ["client", "serde_json.from_str"],
  releases: () => crateReleases(crate.name),
  // One target directory beside the family's releases, shared by their builds (see cargoBuild).
  install: (version, directory, apps) => cargoBuild(crate, version, join(apps, "harness-async-openai"), directory, join(dirname(directory), ".cargo-target")),
  harness: (directory, argument) => ({ command: `./harness ${shellQuote(argument)}`, cwd: directory }),
};
