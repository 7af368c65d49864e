import { findFinding, type JsonTextNotes, type Validation, type Violation } from "@imagegen-conformance/core";

function line(violation: Violation): string {
  return `  ${violation.path || "/"}: ${violation.message}  [${violation.rule}]\n`;
}

function disputedBy(violation: Violation, verdict: string): string {
  const finding = violation.finding === undefined ? undefined : findFinding(violation.finding);
  if (!finding) return "";
  const others = finding.readings.filter((reading) => reading.verdict !== undefined && reading.verdict !== verdict).map((reading) => reading.name);
  return `    disputed by finding ${finding.id}: reading ${others.join(", ")} would say otherwise (--reading ${finding.id}=${others[0] ?? ""})\n`;
}

/** The verdict as a person reads it: what, where, which rule, and any dispute. */
export function describeValidation(where: string, shape: string, form: string, validation: Validation): string {
  const subject = `${where} as ${shape} (${form} form)`;
  let text = validation.valid ? `valid: ${subject}\n` : `invalid: ${subject}: ${validation.errors.length} error${validation.errors.length === 1 ? "" : "s"}\n`;
  for (const error of validation.errors) text += line(error) + disputedBy(error, "reject");
  if (validation.disputed.length > 0) text += "accepted under the active readings, but disputed:\n";
  for (const violation of validation.disputed) text += line(violation) + disputedBy(violation, "accept");
  return text;
}

/** What the JSON text itself left open (RFC 8259), which readers may treat differently. */
export function describeNotes(notes: JsonTextNotes): string {
  const lines = [
    ...notes.duplicateKeys.map((path) => `note: ${path || "/"} repeats a key; the last one was used, as JSON.parse does`),
    ...notes.impreciseNumbers.map((path) => `note: ${path} is a number a double cannot hold exactly`),
    ...notes.integralFloats.map((path) => `note: ${path} is an integer written with a fraction or exponent`),
    ...notes.loneSurrogates.map((path) => `note: ${path} holds an unpaired UTF-16 surrogate`),
  ];
  return lines.map((text) => `${text}\n`).join("");
}
