// `npm pack`'s prepack: copies every SDK harness of the repository into harnesses/, so that an installed CLI can
// build and run them (src/registry/harness-apps.ts copies them on into the cache, outside node_modules).
// TypeScript harnesses go as their build (dist/, bin/) with a prepare that installs the SDK they pin; the others as
// their committed sources, which their own prepare builds (a virtual environment, go build, cargo, mvn). Tests stay.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("..", import.meta.url));
const apps = join(cli, "..");
const out = join(cli, "harnesses");
// What installs a TypeScript harness's SDK in its cache copy: its package.json, its toolkit links made real there.
const installSdk = "npm install --omit=dev --ignore-scripts --no-audit --no-fund --no-package-lock --loglevel=error";
const left = (file) => file.startsWith("test/") || file.includes("/test/") || file === "vitest.config.ts" || file.endsWith("_test.go");

rmSync(out, { recursive: true, force: true });
for (const name of readdirSync(apps).filter((entry) => existsSync(join(apps, entry, "harness.json")))) {
  const from = join(apps, name);
  const to = join(out, name);
  const typescript = existsSync(join(from, "tsconfig.json"));
  const committed = execFileSync("git", ["ls-files", "-z", "."], { cwd: from, encoding: "utf8" }).split("\0").filter(Boolean);
  const files = typescript
    ? committed.filter((file) => /^(bin\/|package\.json$|harness\.json$|README\.md$)/.test(file))
    : committed.filter((file) => !left(file));
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(from, file), join(to, file));
  }
  if (typescript) {
    if (!existsSync(join(from, "dist"))) throw new Error(`bundle-harnesses: ${relative(apps, from)}/dist is missing: build first (npm run build)`);
    cpSync(join(from, "dist"), join(to, "dist"), { recursive: true, filter: (path) => !path.endsWith(".tsbuildinfo") });
    const registry = JSON.parse(readFileSync(join(to, "harness.json"), "utf8"));
    for (const entry of registry.harnesses) entry.prepare ??= installSdk;
    writeFileSync(join(to, "harness.json"), `${JSON.stringify(registry, null, 2)}\n`);
  }
  // stderr: `npm pack --json` prints its JSON on stdout, which lint-packages.mjs reads.
  console.error(`bundle-harnesses: ${name} (${files.length} files${typescript ? " and its dist/" : ""})`);
}
