import type { Form } from "@imagegen-conformance/core";
import type { Description } from "../implementation/implementation.js";

const byLanguage: Record<string, Form> = { typescript: "ts", javascript: "ts", go: "go", python: "python" };

/** The form an implementation's "native" output is written in: its language's SDK names. */
export function nativeForm(description: Description): Form {
  return description.profile.key_casing === "wire" ? "wire" : (byLanguage[description.language.toLowerCase()] ?? "wire");
}
