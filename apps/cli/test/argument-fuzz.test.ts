import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const reportDir = mkdtempSync(join(tmpdir(), "argument-fuzz-"));
const commands = ["list", "validate", "schema", "sample", "run", "help", "frobnicate", "", "--help"];
const words = [
  "shapes",
  "findings",
  "cases",
  "rules",
  "impls",
  "ImageGenToolCall",
  "StatusRequestEnum3",
  "stream",
  "InputImageGenerationCal",
  "-",
  "/no/such/file.json",
  "",
  "ts",
  "json",
  "42",
  "-1",
  "1e9",
  "x=y",
  "float-index-example=nope",
];
const options = [
  "--shape",
  "--form",
  "--format",
  "--seed",
  "-n",
  "--invalid",
  "--forward",
  "--reading",
  "--level",
  "--timeout",
  "--batch",
  "--impl",
  "--corpus",
  "--bogus",
  "--",
  "-h",
];
const argv = fc.tuple(
  fc.constantFrom(...commands),
  fc.array(fc.oneof(fc.constantFrom(...options), fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 7 }),
);

async function invoke(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stdin: async () => "{", interactive: false });
  return { code, stdout, stderr };
}

describe("every command line, however malformed", () => {
  it("ends in 0, 1 or 2; a 2 is one line on stderr and nothing else, never a stack trace or an internal error", async () => {
    await fc.assert(
      fc.asyncProperty(argv, async ([command, rest]) => {
        // Never start real processes or write reports outside the temporary directory.
        fc.pre(!rest.includes("--harness") && !(command === "run" && rest.includes("reference")));
        const args = command === "" ? [] : [command, ...rest, ...(command === "run" ? ["--report-dir", reportDir] : [])];
        const { code, stdout, stderr } = await invoke(args);
        expect([0, 1, 2]).toContain(code);
        expect(stderr).not.toMatch(/internal error|\n\s+at /);
        if (code === 2) {
          expect(stdout).toBe("");
          expect(stderr).toMatch(/^imagegen-conformance: [^\n]+\n$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
