import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colourWanted, paint } from "../src/cli/colour.js";
import { runCli } from "./run-cli.js";

describe("colour", () => {
  it("on a terminal only, NO_COLOR turns it off, FORCE_COLOR on (and wins, as Node's does)", () => {
    expect(colourWanted({}, true)).toBe(true);
    expect(colourWanted({}, false)).toBe(false);
    expect(colourWanted({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colourWanted({ NO_COLOR: "" }, true)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: "0" }, true)).toBe(false);
  });

  it("paints verdicts and behaviour classes by what they mean, and nothing inside other words", () => {
    expect(paint("12 of 12: not conformant")).toBe("12 of 12: \u001b[31mnot conformant\u001b[39m");
    expect(paint("conformant")).toBe("\u001b[32mconformant\u001b[39m");
    expect(paint("⊘ rejects valid 0.0.1 → ✓ enforces")).toBe("\u001b[31m⊘ rejects valid\u001b[39m 0.0.1 → \u001b[32m✓ enforces\u001b[39m");
    expect(paint("~ lenient* and ~/.cache and nonconformant")).toBe("\u001b[33m~ lenient\u001b[39m* and ~/.cache and nonconformant");
  });

  it("reaches the output: FORCE_COLOR colours a piped run, NO_COLOR alone leaves it plain", () => {
    const args = ["run", "--impl", "reference", "--shape", "StatusRequestEnum3", "--report-dir", mkdtempSync(join(tmpdir(), "colour-"))];
    expect(runCli(args, "", { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[32mconformant\u001b[39m");
    expect(runCli(args).stdout).not.toContain("\u001b[");
  });
});
