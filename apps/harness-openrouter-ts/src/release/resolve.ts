// Where a subpath of the installed release is, as its own package.json `exports` map says for `import`: the
// release's files only, never the repository's copy. Node's own resolver is not used, since it would resolve
// from this harness's location; createRequire would pick a dual package's CommonJS build.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const name = "@openrouter/sdk";
const conditions = new Set(["import", "node", "default"]);

export interface Manifest {
  name?: string;
  version?: string;
  main?: string;
  exports?: unknown;
}

/** The release's package directory under an install directory, or the directory itself when it is the package. */
export function packageDir(dir: string): string | undefined {
  const installed = join(dir, "node_modules", ...name.split("/"));
  if (existsSync(join(installed, "package.json"))) return installed;
  return manifestOf(dir)?.name === name ? dir : undefined;
}

export function manifestOf(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

/** A conditional target (`{ import: { types, default } }`, an array, a string) for `import`, with `*` replaced. */
function target(value: unknown, star: string): string | undefined {
  if (typeof value === "string") return value.replaceAll("*", star);
  if (Array.isArray(value)) return value.map((each) => target(each, star)).find((found) => found !== undefined);
  if (value === null || typeof value !== "object") return undefined;
  for (const [condition, inner] of Object.entries(value)) {
    if (!conditions.has(condition)) continue;
    const found = target(inner, star);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The file a subpath (`.`, `./models`, `./lib/event-streams.js`) maps to, if the map has it and the file exists. */
export function resolveExport(dir: string, manifest: Manifest, subpath: string): string | undefined {
  const exports = manifest.exports;
  let relative: string | undefined;
  if (exports === undefined) relative = subpath === "." ? (manifest.main ?? "index.js") : subpath;
  else if (typeof exports === "string" || Array.isArray(exports)) relative = subpath === "." ? target(exports, "") : undefined;
  else {
    const map = exports as Record<string, unknown>;
    if (subpath in map) relative = target(map[subpath], "");
    else {
      // The pattern with the longest prefix wins, then the longest key, as in Node's resolver.
      const [pattern] = Object.keys(map)
        .filter((key) => {
          const [prefix = "", suffix = ""] = key.split("*");
          return key.includes("*") && subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length;
        })
        .sort((left, right) => right.indexOf("*") - left.indexOf("*") || right.length - left.length);
      if (pattern) {
        const [prefix = "", suffix = ""] = pattern.split("*");
        relative = target(map[pattern], subpath.slice(prefix.length, subpath.length - suffix.length));
      }
    }
  }
  const file = relative === undefined ? undefined : join(dir, relative);
  return file && existsSync(file) ? file : undefined;
}
