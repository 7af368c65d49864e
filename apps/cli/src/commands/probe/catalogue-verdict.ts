import { type JsonTextNotes, parseJsonText, type Shape, unservable, validate } from "@imagegen-conformance/core";
import { type Broken, type Expectation, expectationFor } from "@imagegen-conformance/fixtures";
import { UsageError } from "../../cli/usage-error.js";

/** What the catalogue itself says of the input: the expectation its one-off case carries, and what it rests on. */
export interface CatalogueVerdict {
  expect: Expectation;
  broken: Broken[];
  /** For streams: the one event the verdict is about, among the events a WHATWG decoder reads. */
  event?: number;
  /** The corpus case the input is, when it is one: its written expectation is the verdict. */
  corpusCase?: string;
  /** What the JSON text left open (duplicate keys, imprecise numbers…): the verdict reads the value as JSON.parse does. */
  notes?: JsonTextNotes;
}

/**
 * The verdict on JSON text as one catalogue shape, derived as the fuzzer derives it for generated values.
 * Text the runner could not serve as a decode case, or that the catalogue cannot read as a value, is an input error.
 */
export function objectVerdict(shape: Shape, text: string, where: string): CatalogueVerdict {
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new UsageError(`probe: ${where}:${parsed.error.line}:${parsed.error.column}: not JSON: ${parsed.error.message}`);
  const why = unservable(text);
  if (why) throw new UsageError(`probe: ${where}: cannot be served as ${shape.name}: ${why}`);
  const { errors, disputed } = validate(shape, parsed.value);
  const broken = [...errors, ...disputed].map(({ path, rule, message, finding }) => ({ at: path || "/", rule, message, ...(finding ? { finding } : {}) }));
  // Not strict: an input may touch two findings, and then every reading of each stands.
  return { expect: expectationFor(shape, parsed.value, { strict: false }), broken, notes: parsed.notes };
}
