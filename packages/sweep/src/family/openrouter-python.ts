import { join } from "node:path";
import { pypiInstall, pypiReleases, venvPython } from "../registry/pypi-registry.js";
import { shellQuote } from "./shell-quote.js";
import type { SweepFamily } from "./sweep-family.js";

/** `openrouter` from PyPI, each release in its own virtual environment, served by `apps/harness-python/openrouter_release.py`. */
export const openrouterPython: SweepFamily = {
  name: "openrouter-python",
  package: "openrouter",
  registry: "PyPI",
  installJobs: 4,
  entries: ["client", "validate_json"],
  releases: () => pypiReleases("openrouter"),
  install: (version, directory) => pypiInstall("openrouter", version, directory),
  harness: (directory, argument, apps) => ({
    command: `${shellQuote(venvPython(directory))} openrouter_release.py ${shellQuote(argument)}`,
    cwd: join(apps, "harness-python"),
  }),
};
