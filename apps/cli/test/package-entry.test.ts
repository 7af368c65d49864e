import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const app = new URL("..", import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as { version: string };

describe("the CLI as a package", () => {
  it("--version prints the version its package.json has, exit 0", () => {
    for (const flag of ["--version", "-V"]) {
      const run = runCli([flag]);
      expect(run.stdout).toBe(`imagegen-conformance ${version}\n`);
      expect(run.code).toBe(0);
    }
    expect(runCli(["--help"]).stdout).toContain("--version");
  });

  it("runs only as its bin: importing the package from a file named main.js runs no command", () => {
    const project = mkdtempSync(join(tmpdir(), "import-"));
    writeFileSync(join(project, "main.js"), `import ${JSON.stringify(pathToFileURL(join(app, "dist", "main.js")).href)};\nconsole.log("imported");\n`);
    const run = spawnSync(process.execPath, [join(project, "main.js"), "list", "impls"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("imported\n");
    expect(run.status).toBe(0);
  });
});
