import { outcomeKinds } from "@imagegen-conformance/runner";
import { describe, expect, it } from "vitest";
import { table } from "../src/cli/table.js";
import { terminalText } from "../src/cli/terminal-text.js";
import { progress } from "../src/commands/run/progress.js";
import { summaryTable } from "../src/commands/run/summary-table.js";

const hostile = [
  "\u001b]0;title\u0007", // set the window title
  "\u001b[2J", // clear the screen
  "\u001b]52;c;cHduZWQ=\u0007", // write the clipboard
  "\u009b31m", // CSI in its one-byte form
  "\u001b]8;;http://x\u001b\\", // a hyperlink, ended by ST
  "\u009d0;t\u009c", // OSC and ST in their one-byte forms
  "\u0007\u0008\u007f\u0085", // BEL, backspace, DEL, a C1 control
];
const name = `evil${hostile.join("")}sdk`;
// Any byte that a terminal acts on rather than shows.
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("harness-supplied text on a terminal", () => {
  it("loses every escape sequence and control character, and keeps the text around them", () => {
    expect(terminalText(name)).toBe("evilsdk");
    for (const sequence of hostile) expect(terminalText(`a${sequence}b`)).toBe("ab");
    expect(terminalText("line one\nline two\tend\r")).toBe("line one line two end ");
    expect(terminalText("line one\nline two\tend\r", { multiline: true })).toBe("line one\nline two\tend");
    expect(terminalText("plain: é ✓ 名前")).toBe("plain: é ✓ 名前");
  });

  it("starts no line with a workflow command: a harness cannot stop or fake GitHub Actions annotations", () => {
    expect(terminalText("::stop-commands::x")).toBe(": :stop-commands::x");
    expect(terminalText("reason\n  ::error::fake", { multiline: true })).toBe("reason\n  : :error::fake");
    expect(terminalText("a::b")).toBe("a::b");
  });

  it("an unterminated string command swallows the rest, not the terminal", () => {
    expect(terminalText("ok\u001b]0;never ended")).toBe("ok");
  });

  it("reaches no table, summary or progress line raw", () => {
    expect(table([["NAME"], [name]])).not.toMatch(control);
    const counts = Object.fromEntries(outcomeKinds.map((kind) => [kind, 0]));
    const summary = summaryTable([
      { label: name, counts, conformant: false, unavailable: `crashed: ${hostile.join(" ")}` } as unknown as Parameters<typeof summaryTable>[0][number],
    ]);
    expect(summary).toContain("evilsdk");
    expect(summary).not.toMatch(control);
    let written = "";
    const io = { stdout: () => {}, stderr: (text: string) => (written += text), stdin: async () => "", interactive: false };
    progress(io)(name, 1, 1);
    progress({ ...io, interactive: true })(name, 1, 2);
    expect(written.replaceAll("\r", "")).not.toMatch(control);
  });
});
