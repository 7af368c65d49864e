import type { OptionSpec, OptionSpecs } from "../../cli/option-spec.js";

/** Lines are wrapped to this width: a terminal of 120 columns shows them without wrapping again. */
const width = 118;

/** `--shard <value>`, `-n, --n <value>`, `--decode-only`: the option as it is typed. */
const flag = (name: string, spec: OptionSpec) => `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.type === "boolean" ? "" : " <value>"}`;

/** The description, then what a reader needs besides: whether it repeats, and the default. */
function describe(spec: OptionSpec): string {
  const notes = [...(spec.multiple ? ["repeatable"] : []), ...(spec.defaultText === undefined ? [] : [`default: ${spec.defaultText}`])];
  return notes.length === 0 ? spec.help : `${spec.help} (${notes.join("; ")})`;
}

/** Words in lines of at most `room` characters; a word longer than that gets a line of its own. */
function wrap(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** The "options:" block of `help <command>`: one entry per option, descriptions aligned; empty when there are none. */
export function describeOptions(options: OptionSpecs): string {
  const entries = Object.entries(options).map(([name, spec]) => ({ flag: flag(name, spec), text: describe(spec) }));
  if (entries.length === 0) return "";
  const column = 2 + Math.max(...entries.map((entry) => entry.flag.length)) + 2;
  const lines = entries.flatMap(({ flag, text }) =>
    wrap(text, width - column).map((part, index) => `${index === 0 ? `  ${flag}`.padEnd(column) : " ".repeat(column)}${part}`),
  );
  return `\noptions:\n${lines.join("\n")}\n`;
}
