// Lints what each public workspace package publishes, as `publint --strict <dir>` and
// `attw --pack <dir> --profile esm-only` do: publint fails on errors and warnings, attw on any problem but those of
// the resolutions the esm-only profile ignores. Both run in this one process on tarballs that one `npm pack` wrote:
// the CLIs spent most of their time in their own `npm pack` and, for attw, in loading TypeScript once per package.
// attw reads the built declarations, so run `npm run build` first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getExitCode } from "@arethetypeswrong/cli/internal/getExitCode";
import { typed, untyped } from "@arethetypeswrong/cli/internal/render";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

// attw's `--profile esm-only` (profiles.js in @arethetypeswrong/cli): CommonJS resolutions are not checked.
const esmOnly = { ignoreResolutions: ["node10", "node16-cjs"] };

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

// Public packages are the workspaces that are not private, so a new one is linted without editing this file.
const directories = readJson("package.json").workspaces.flatMap((pattern) =>
  pattern.endsWith("/*")
    ? readdirSync(pattern.slice(0, -2), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
    : [pattern],
);
const packages = directories.filter((dir) => existsSync(join(dir, "package.json")) && !readJson(join(dir, "package.json")).private);

const destination = mkdtempSync(join(tmpdir(), "lint-packages-"));
try {
  const packed = spawnSync("npm", ["pack", "--silent", "--json", "--pack-destination", destination, ...packages.flatMap((dir) => ["-w", dir])], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (packed.status !== 0) {
    process.stderr.write(packed.stderr);
    throw new Error(`npm pack failed (exit ${packed.status})`);
  }
  let failures = 0;
  const tarballs = JSON.parse(packed.stdout);
  for (const { name, filename } of tarballs) {
    const data = readFileSync(join(destination, filename));
    const problems = [];

    const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, strict: true });
    const failing = messages.filter((message) => message.type === "error");
    if (failing.length > 0) problems.push(`publint:\n${failing.map((message, i) => `${i + 1}. ${formatMessage(message, pkg, { color: false })}`).join("\n")}`);

    const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(data)));
    // attw's CLI passes a package with no types at all; every package here ships them, so that is a failure.
    if (!analysis.types) problems.push(`attw:\n${untyped(analysis)}`);
    else if (getExitCode(analysis, esmOnly) !== 0) problems.push(`attw:\n${await typed(analysis, { ...esmOnly, format: "ascii", emoji: false })}`);

    if (problems.length > 0) failures += 1;
    console.log(problems.length === 0 ? `ok ${name}` : `FAILED ${name}\n${problems.join("\n")}\n`);
  }
  console.log(`lint:packages: ${tarballs.length - failures} of ${tarballs.length} packages clean (publint --strict, attw --profile esm-only)`);
  process.exitCode = failures === 0 ? 0 : 1;
} catch (error) {
  console.log(`lint:packages: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(destination, { recursive: true, force: true });
}
