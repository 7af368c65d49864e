import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type DeclaredField, sorted } from "./declared-field.js";

const script = fileURLToPath(new URL("./describe_models.py", import.meta.url));

/** The fields of pydantic models (`module:Class`), as the interpreter that has the SDK imports them. */
export function readPythonModels(python: string, models: readonly string[]): Map<string, DeclaredField[]> {
  // Bounded, and its output read in full before the test goes on: the process never outlives the call.
  const output = execFileSync(python, [script, ...models], { encoding: "utf8", timeout: 60_000 });
  const described = JSON.parse(output) as Record<string, DeclaredField[]>;
  return new Map(models.map((model) => [model, sorted(described[model] ?? [])]));
}
