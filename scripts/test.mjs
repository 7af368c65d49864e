// The README's test command: build every package, run every test project once,
// and end with the one line CI reads: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const report = ".vitest-results.json";
const run = (command, args) => spawnSync(command, args, { stdio: "inherit", shell: false }).status ?? 1;

// The HTML report is tested in Debian's Chromium; install it when this machine can and it is missing.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium) && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("test: installing Debian's chromium for the HTML report test");
  run("sh", [
    "-c",
    "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null 2>&1)",
  ]);
}
if (!existsSync(chromium)) console.log(`test: no ${chromium}: the HTML report test will be skipped`);

const built = run("npx", ["--no-install", "turbo", "run", "build", "--output-logs=errors-only"]);
rmSync(report, { force: true });
const tested =
  built === 0
    ? run("npx", ["--no-install", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)])
    : 1;

if (!existsSync(report)) {
  console.log(built === 0 ? "0 passed, 1 failed" : "0 passed, 1 failed (build failed)");
  process.exit(1);
}
const results = JSON.parse(readFileSync(report, "utf8"));
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
const failedSuites = results.testResults?.filter((suite) => suite.status === "failed" && suite.assertionResults.length === 0).length ?? 0;
const failed = results.numFailedTests + failedSuites;
console.log(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(tested === 0 && failed === 0 && results.numTotalTests > 0 ? 0 : 1);
