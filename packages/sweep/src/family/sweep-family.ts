import type { CommandResult } from "../spawn/run-command.js";

/** A shell command and the directory it runs in: how the runner starts a harness. */
export interface HarnessCommand {
  command: string;
  cwd: string;
}

/** One SDK whose published releases can be swept: where they are listed, how one is installed, what serves it. */
export interface SweepFamily {
  /** As `--sdk` names it, and as its results are keyed: `openrouter-ts@0.12.0/client`. */
  name: string;
  /** The package's name in its registry. */
  package: string;
  /** Where its releases come from, as a sentence names it: "npm", "PyPI", "the Go module proxy". */
  registry: string;
  /**
   * Installs at once unless `--jobs` says otherwise: 4 for downloads, which wait on the network; 1 for builds, which
   * use every core themselves (three Go builds of openai-go at once took 5 minutes each here, one alone 30 s).
   */
  installJobs: number;
  /** The entry points a release of it may have: the rows a release that cannot be installed still gets. */
  entries: readonly string[];
  /** Every version the registry serves, as it lists them. A string says why it could not list them. */
  releases(): Promise<string[] | string>;
  /** Installs one release into an empty directory of its own (and builds its harness there, for a compiled one). */
  install(version: string, directory: string, apps: string): Promise<CommandResult>;
  /** The release harness over the release installed in `directory`: `--entries`, or one entry to serve. */
  harness(directory: string, argument: string, apps: string): HarnessCommand;
}
