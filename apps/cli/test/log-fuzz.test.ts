import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { malformedLine, validRecords } from "../../../packages/report/test/malformed-records.js";
import { invoke } from "./invoke.js";

const directory = mkdtempSync(join(tmpdir(), "log-fuzz-"));
const baseline = join(directory, "baseline.yaml");
writeFileSync(baseline, "entries: []\n");
const valid = Object.values(validRecords).map((record) => JSON.stringify(record));
let written = 0;

describe("a malformed or deeply nested run log, given to any command that reads one", () => {
  it("is one line on stderr naming the file and line, exit 2: never an internal error or a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...valid), { maxLength: 3 }),
        malformedLine,
        fc.constantFrom("render", "merge", "check"),
        async (before, bad, command) => {
          const path = join(directory, `${++written}.jsonl`);
          writeFileSync(path, `${[...before, bad].join("\n")}\n`);
          const args =
            command === "check"
              ? ["baseline", "check", "--baseline", baseline, "--log", path]
              : ["report", command, path, "--report-dir", join(directory, "reports")];
          const { code, stdout, stderr } = await invoke(args);
          expect(code).toBe(2);
          expect(stdout).toBe("");
          expect(stderr).toMatch(new RegExp(`^imagegen-conformance: ${path.replaceAll("/", "\\/")}:${before.length + 1}: [^\\n]+\\n$`));
          expect(stderr).not.toMatch(/internal error|\n\s+at |Maximum call stack/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
