import type { DecodedValue, Shape } from "@imagegen-conformance/core";
import type { Description } from "../implementation/implementation.js";
import { nativeForm } from "./native-form.js";
import { parseExact } from "./parse-exact.js";

/** An implementation's output as a wire value (bigints where digits would be lost), or why it cannot be read. */
export function readOutput(shape: Shape, decoded: DecodedValue, description: Description): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (decoded.output === undefined) return { ok: false, reason: "it gave no output" };
  const parsed = parseExact(decoded.output);
  if (!parsed.ok) return { ok: false, reason: `its output is not JSON (${parsed.error.message} at ${parsed.error.line}:${parsed.error.column})` };
  const form = decoded.form === "native" ? nativeForm(description) : "wire";
  return { ok: true, value: form === "wire" ? parsed.value : shape.convert(parsed.value as never, form, "wire") };
}

/** A case input as a wire value, with bigints where digits would be lost. */
export function readInput(text: string): unknown {
  const parsed = parseExact(text);
  return parsed.ok ? parsed.value : undefined;
}
