// The release's own modules, imported from its install directory by the files its exports map names.
import { pathToFileURL } from "node:url";
import { manifestOf, packageDir, resolveExport } from "./resolve.js";

export type Exports = Readonly<Record<string, unknown>>;

/** An installed release's modules; the optional ones are missing from some releases (types/discriminatedUnion.js before 0.3.1). */
export interface Loaded {
  /** What its package.json says it is. */
  version: string;
  root: Exports;
  models: Exports;
  operations?: Exports;
  types?: Exports;
  discriminatedUnion?: Exports;
  eventStreams?: Exports;
}

/** The release cannot be imported at all: one line saying why. */
export class LoadError extends Error {}

const optional = {
  operations: "./models/operations",
  types: "./types",
  discriminatedUnion: "./types/discriminatedUnion.js",
  eventStreams: "./lib/event-streams.js",
} as const;

export const firstLine = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split("\n")[0] ?? "";

export async function load(dir: string): Promise<Loaded> {
  const pkg = packageDir(dir);
  if (!pkg) throw new LoadError(`cannot import @openrouter/sdk: ${dir} has no node_modules/@openrouter/sdk/package.json`);
  const manifest = manifestOf(pkg) ?? {};
  const version = manifest.version ?? "(no version in its package.json)";
  const imported = async (subpath: string): Promise<Exports | undefined> => {
    const file = resolveExport(pkg, manifest, subpath);
    return file ? ((await import(pathToFileURL(file).href)) as Exports) : undefined;
  };
  let root: Exports | undefined;
  let models: Exports | undefined;
  try {
    root = await imported(".");
    models = await imported("./models");
  } catch (error) {
    throw new LoadError(`cannot import @openrouter/sdk ${version}: ${firstLine(error)}`);
  }
  if (!root) throw new LoadError(`cannot import @openrouter/sdk ${version}: its exports map has no file for "." under import`);
  const loaded: Loaded = { version, root, models: models ?? {} };
  // A helper module that is missing or does not import is a feature this release lacks: the entry that needs it says so.
  for (const [key, subpath] of Object.entries(optional)) {
    try {
      const found = await imported(subpath);
      if (found) loaded[key as keyof typeof optional] = found;
    } catch {
      // absent
    }
  }
  return loaded;
}
