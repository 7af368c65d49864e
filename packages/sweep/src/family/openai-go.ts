import { join } from "node:path";
import { goBuild, goReleases } from "../registry/go-proxy.js";
import { shellQuote } from "./shell-quote.js";
import type { SweepFamily } from "./sweep-family.js";

const module = "github.com/openai/openai-go/v3";

/** openai-go v3 from the Go module proxy, each release built into `apps/harness-openai-go`'s binary of its own. */
export const openaiGo: SweepFamily = {
  name: "openai-go",
  package: module,
  registry: "the Go module proxy",
  installJobs: 1,
  entries: ["client", "json.Unmarshal"],
  releases: () => goReleases(module),
  install: (version, directory, apps) => goBuild(module, version, join(apps, "harness-openai-go"), directory),
  harness: (directory, argument) => ({ command: `./harness ${shellQuote(argument)}`, cwd: directory }),
};
