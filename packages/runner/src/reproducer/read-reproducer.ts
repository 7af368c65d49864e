import { readFileSync } from "node:fs";
import { findShape, parseJsonText, schemaErrorLine } from "@imagegen-conformance/core";
import { caseSchema } from "@imagegen-conformance/fixtures";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { Reproducer } from "./reproducer.js";
import { reproducerSchema } from "./reproducer-schema.js";

/** A reproducer file that cannot be used: one line saying where and why. */
export class ReproducerError extends Error {
  override readonly name = "ReproducerError";
}

let validator: ValidateFunction | undefined;
const reproducerFile = () => {
  validator ??= new Ajv2020({ strict: false, verbose: true }).addSchema(caseSchema()).compile(reproducerSchema);
  return validator;
};

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "expected a file, received a directory" : (code ?? (error as Error).message);
    throw new ReproducerError(`cannot read ${path}: ${reason}`);
  }
}

/** Reads a reproducer file and checks it against the reproducer schema before any of it is used. */
export function readReproducer(path: string): Reproducer {
  const parsed = parseJsonText(readText(path));
  if (!parsed.ok) throw new ReproducerError(`${path}:${parsed.error.line}:${parsed.error.column}: not JSON: ${parsed.error.message}`);
  const check = reproducerFile();
  if (!check(parsed.value)) throw new ReproducerError(`${path}: ${schemaErrorLine(check.errors, parsed.value)}`);
  const reproducer = parsed.value as unknown as Reproducer;
  const { shape, operation } = reproducer.case;
  // The schema knows shape names by their form; the catalogue knows which exist.
  if (operation === "stream" ? shape !== "stream" : !findShape(shape))
    throw new ReproducerError(
      `${path}: /case/shape: expected ${operation === "stream" ? '"stream" (the case is a stream)' : "a shape of the catalogue (see: imagegen-conformance list shapes)"}, received ${JSON.stringify(shape)}`,
    );
  return reproducer;
}
