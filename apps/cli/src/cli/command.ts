import type { OptionSpecs } from "./option-spec.js";

/** Where a command writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
  /** True when stdout is a terminal: progress bars and colour then, plain lines otherwise. */
  interactive: boolean;
}

/** One verb of the CLI. `run` returns the exit code: 0 success, 1 a negative verdict; usage errors throw. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** The options `run` parses, the same object it hands to parseArguments: `help <command>` lists them from here. */
  options?: OptionSpecs;
  /** Prints a listing and decides nothing (help, list, sample, schema): a reader may stop it early, exit 0. */
  listing?: boolean;
  run(args: string[], io: Io): Promise<number>;
}
