import { readFileSync } from "node:fs";
import { parseJsonText } from "@imagegen-conformance/core";
import type { Reproducer } from "./reproducer.js";

/** A reproducer file that cannot be used: one line saying where and why. */
export class ReproducerError extends Error {
  override readonly name = "ReproducerError";
}

/** Reads and checks a reproducer file. */
export function readReproducer(path: string): Reproducer {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ReproducerError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new ReproducerError(`${path}:${parsed.error.line}:${parsed.error.column}: not JSON: ${parsed.error.message}`);
  const value = parsed.value as Partial<Reproducer>;
  if (typeof value !== "object" || value === null || value.format !== "imagegen-conformance/reproducer@1") {
    throw new ReproducerError(
      `${path}: expected "format": "imagegen-conformance/reproducer@1", received ${JSON.stringify((value as { format?: unknown })?.format ?? null)}`,
    );
  }
  for (const field of ["implementation", "check", "case", "reach"] as const) {
    if (value[field] === undefined) throw new ReproducerError(`${path}: missing "${field}"`);
  }
  const testCase = value.case as Reproducer["case"];
  if (typeof testCase?.id !== "string" || typeof testCase.input !== "string" || typeof testCase.shape !== "string")
    throw new ReproducerError(`${path}: "case" needs a string id, shape and input`);
  return value as Reproducer;
}
