import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJsonText } from "@imagegen-conformance/core";
import { UsageError } from "../cli/usage-error.js";

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

/** Every harness declared under apps/, sorted by id. */
export function registeredHarnesses(root = repositoryRoot): RegisteredHarness[] {
  const apps = join(root, "apps");
  if (!existsSync(apps)) return [];
  const harnesses = readdirSync(apps)
    .filter((name) => existsSync(join(apps, name, "harness.json")))
    .flatMap((name) => {
      const file = join("apps", name, "harness.json");
      const parsed = parseJsonText(readFileSync(join(root, file), "utf8"));
      if (!parsed.ok) throw new UsageError(`${file}:${parsed.error.line}:${parsed.error.column}: not JSON: ${parsed.error.message}`);
      const list = (parsed.value as { harnesses?: unknown }).harnesses;
      if (!Array.isArray(list)) throw new UsageError(`${file}: expected {"harnesses": [...]}`);
      return list.map((entry, index) => {
        for (const key of ["id", "sdk", "version", "language", "command"]) {
          if (typeof entry?.[key] !== "string") throw new UsageError(`${file}: harnesses[${index}].${key} must be a string`);
        }
        return { ...(entry as Omit<RegisteredHarness, "directory">), directory: join(root, "apps", name) };
      });
    });
  return harnesses.sort((left, right) => left.id.localeCompare(right.id));
}

/** The harnesses with these ids (all when none are named), or a usage error naming the unknown one. */
export function selectHarnesses(ids: readonly string[] | undefined, command: string): RegisteredHarness[] {
  const all = registeredHarnesses();
  if (!ids || ids.length === 0) return all;
  return ids.map((id) => {
    const found = all.find((harness) => harness.id === id);
    if (!found)
      throw new UsageError(
        `${command}: unknown SDK harness ${JSON.stringify(id)}; expected one of ${all.map((harness) => harness.id).join(", ")} (see: imagegen-conformance list impls)`,
      );
    return found;
  });
}
