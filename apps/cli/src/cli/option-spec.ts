/**
 * One option as a command declares it: what node's parseArgs needs, and what `help <command>` says about it. Both
 * read the same declaration, so the help can never list an option the parser refuses, nor leave one out.
 */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  readonly short?: string;
  /** What it does, one short line. */
  readonly help: string;
  /**
   * The default as a user reads it ("reports/matrix", "random"). Documentation only: the command computes its own
   * default, so none is handed to parseArgs, and a command can tell an option left out from one given.
   */
  readonly defaultText?: string;
}

/** A command's options, by long name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
