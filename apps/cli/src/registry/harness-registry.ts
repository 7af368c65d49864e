import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJsonText, schemaErrorLine } from "@imagegen-conformance/core";
import { sweepFamilies } from "@imagegen-conformance/sweep";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { UsageError } from "../cli/usage-error.js";
import { harnessApps } from "./harness-apps.js";
import { harnessFileSchema } from "./harness-file-schema.js";

/** One real SDK behind a harness in this repository, as its `apps/<harness>/harness.json` declares it. */
export interface RegisteredHarness {
  id: string;
  sdk: string;
  version: string;
  language: string;
  /** Run with `directory` as cwd. */
  command: string;
  /** Run once before, in `directory` (a virtual environment, a build); failing makes the harness unavailable. */
  prepare?: string;
  directory: string;
}

/** The repository this CLI was built in: harnesses live under its apps/. */
export const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

let validator: ValidateFunction | undefined;
const harnessFile = () => {
  validator ??= new Ajv2020({ strict: false, verbose: true }).compile(harnessFileSchema);
  return validator;
};

/** The entries of one harness file, checked against its schema; a bad file is one line naming it and the field. */
function readHarnessFile(root: string, file: string): Omit<RegisteredHarness, "directory">[] {
  let text: string;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === "EISDIR" ? "expected a file, received a directory" : (code ?? (error as Error).message)}`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(`${file}:${parsed.error.line}:${parsed.error.column}: not JSON: ${parsed.error.message}`);
  const check = harnessFile();
  if (!check(parsed.value)) throw new UsageError(`${file}: ${schemaErrorLine(check.errors, parsed.value)}`);
  return (parsed.value as { harnesses: Omit<RegisteredHarness, "directory">[] }).harnesses;
}

/** Every harness declared under apps/ (for an installed CLI, its shipped copy: harness-apps.ts), sorted by id. */
export function registeredHarnesses(apps = harnessApps()): RegisteredHarness[] {
  if (!existsSync(apps)) return [];
  const harnesses = readdirSync(apps)
    .filter((name) => existsSync(join(apps, name, "harness.json")))
    .flatMap((name) =>
      readHarnessFile(dirname(apps), join(basename(apps), name, "harness.json")).map((entry) => ({
        id: entry.id,
        sdk: entry.sdk,
        version: entry.version,
        language: entry.language,
        command: entry.command,
        ...(entry.prepare === undefined ? {} : { prepare: entry.prepare }),
        directory: join(apps, name),
      })),
    );
  const twice = harnesses.find((harness, index) => harnesses.findIndex((other) => other.id === harness.id) !== index);
  if (twice)
    throw new UsageError(`${join("apps", "*", "harness.json")}: harness id ${JSON.stringify(twice.id)} appears twice; expected ids unique across apps/`);
  return harnesses.sort((left, right) => left.id.localeCompare(right.id));
}

/**
 * The harnesses with these ids (all when none are named), or a usage error naming the unknown one. An id without
 * its entry (`openrouter-ts@1.3.19`) names every entry of that SDK version (`…/client`, `…/fromJSON`).
 */
/** How `--sdk` names a published release no pinned harness checks. */
export const releaseForm = `<${Object.keys(sweepFamilies).join("|")}>@<version>/<entry>`;

export function selectHarnesses(ids: readonly string[] | undefined, command: string, apps = harnessApps()): RegisteredHarness[] {
  const all = registeredHarnesses(apps);
  if (!ids || ids.length === 0) return all;
  return ids.flatMap((id) => {
    const found = all.filter((harness) => harness.id === id || harness.id.startsWith(`${id}/`));
    if (found.length === 0)
      throw new UsageError(
        `${command}: unknown SDK harness ${JSON.stringify(id)}; expected one of ${all.map((harness) => harness.id).join(", ")}, or a published release as ${releaseForm} (see: imagegen-conformance list impls)`,
      );
    return found;
  });
}
