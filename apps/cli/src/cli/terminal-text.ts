// Escape sequences, whole: CSI (ESC [ or 0x9b, parameters, a final byte), the string commands OSC, DCS, SOS, PM
// and APC (ESC ] P X ^ _ or their one-byte forms, up to BEL or ST, or the end), and any other ESC sequence.
const sequences = new RegExp(
  [
    "(?:\\x1b\\[|\\x9b)[0-?]*[ -/]*[@-~]?",
    "(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[^\\x07\\x1b\\x9c]*(?:\\x07|\\x1b\\\\|\\x9c)?",
    "\\x1b[ -/]*[0-~]?",
  ].join("|"),
  "g",
);
const controls = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const breaks = /[\t\n\r]/g;

/**
 * Text that came from a harness (a name, a version, a reason, a message, stderr), made safe to print: no escape
 * sequence (a title, a clear screen, the clipboard), no C0 or C1 control, no DEL. On one line, tabs and line
 * breaks become spaces; in a block (`multiline`), tabs and line feeds stay. A line of it that starts with `::` would
 * be a workflow command on GitHub Actions (an annotation, `stop-commands`): it is broken up, so only this tool's own
 * annotations are commands.
 */
export function terminalText(text: string, { multiline = false }: { multiline?: boolean } = {}): string {
  const bare = text.replace(sequences, "");
  return (multiline ? bare : bare.replace(breaks, " ")).replace(controls, "").replace(/^([ \t]*):(?=:)/gm, "$1: ");
}
