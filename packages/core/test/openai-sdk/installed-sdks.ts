import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One SDK's files as this checkout has them installed. */
export interface Found {
  version: string;
  file: string;
  /** For the Python SDK: the interpreter that can import it. */
  python?: string;
}

/** One SDK's files, or why this checkout has none. */
export type Installed = Found | { missing: string };

const repository = fileURLToPath(new URL("../../../../", import.meta.url));
const app = (name: string) => join(repository, "apps", name);

/** openai (npm) as apps/harness-openai-ts resolves it. */
export function typescriptSdk(): Installed {
  let entry: string;
  try {
    // The package exports no package.json: resolve its entry point, then walk up to its root.
    entry = createRequire(join(app("harness-openai-ts"), "package.json")).resolve("openai");
  } catch {
    return { missing: "openai (npm) is not installed: run npm ci" };
  }
  let root = dirname(entry);
  while (!existsSync(join(root, "package.json")) && dirname(root) !== root) root = dirname(root);
  const file = join(root, "resources/responses/responses.d.ts");
  if (!existsSync(file)) return { missing: "the installed openai package has no resources/responses/responses.d.ts" };
  return { version: (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version, file };
}

/** openai (PyPI) in apps/harness-python's virtual environment, with the interpreter that can import it. */
export function pythonSdk(): Installed {
  const venv = join(app("harness-python"), ".venv");
  const lib = join(venv, "lib");
  const python = join(venv, "bin", "python3");
  if (!existsSync(lib) || !existsSync(python)) return { missing: "apps/harness-python/.venv does not exist: the Python harness's setup.sh makes it" };
  const site = readdirSync(lib).map((version) => join(lib, version, "site-packages", "openai"));
  const found = site.find((directory) => existsSync(join(directory, "types/responses/response_output_item.py")));
  if (!found) return { missing: "the harness's virtual environment has no openai package" };
  const version = /__version__ = "([^"]+)"/.exec(readFileSync(join(found, "_version.py"), "utf8"))?.[1] ?? "?";
  return { version, file: join(found, "types/responses/response_output_item.py"), python };
}

/** github.com/openai/openai-go/v3 at the version apps/harness-openai-go's go.mod requires, in the module cache. */
export function goSdk(): Installed {
  const goMod = readFileSync(join(app("harness-openai-go"), "go.mod"), "utf8");
  const version = /github\.com\/openai\/openai-go\/v3 (v\S+)/.exec(goMod)?.[1];
  if (!version) return { missing: "apps/harness-openai-go/go.mod requires no github.com/openai/openai-go/v3" };
  let cache: string;
  try {
    cache = execFileSync("go", ["env", "GOMODCACHE"], { encoding: "utf8", timeout: 30_000 }).trim();
  } catch {
    return { missing: "go is not installed" };
  }
  const file = join(cache, "github.com/openai/openai-go", `v3@${version}`, "responses/response.go");
  if (!existsSync(file)) return { missing: `openai-go ${version} is not in the module cache: go mod download in apps/harness-openai-go` };
  return { version, file };
}
