import type { Io } from "./command.js";
import type { OptionSpecs } from "./option-spec.js";
import { oneOf } from "./parse-arguments.js";

/** The option every reporting command takes: `--format human|json`. */
export const formatOption = {
  format: { type: "string", help: "human, or json: one JSON document on stdout, and what a person reads on stderr", defaultText: "human" },
} as const satisfies OptionSpecs;
export const formatUsage = "[--format human|json]";

/**
 * `--format json`: stdout carries one JSON document, written last (`json`), and everything a person reads
 * (progress, tables, the verdict lines) goes to stderr, so `… --format json | jq` gets the document alone and a
 * terminal still shows the run. `human` changes nothing, and `json` then writes nothing.
 */
export function outputFormat(command: string, value: string | undefined, terminal: Io): { io: Io; json: (document: unknown) => void } {
  if (oneOf(command, "format", value, ["human", "json"], "human") === "human") return { io: terminal, json: () => {} };
  return {
    io: { ...terminal, stdout: terminal.stderr, interactive: false },
    json: (document) => terminal.stdout(typeof document === "string" ? `${document.trimEnd()}\n` : `${JSON.stringify(document)}\n`),
  };
}
