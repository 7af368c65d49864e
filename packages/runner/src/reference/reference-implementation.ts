import { catalogue, checkStream, findShape, isJsonObject, parseJsonText, SseDecoder, streamEventShapes, validate, writeJson } from "@imagegen-conformance/core";
import type { Decoded, Implementation, Streamed } from "../implementation/implementation.js";
import { runnerIdentity } from "../runner-identity.js";

const rejection = (message: string): Decoded => ({ status: "rejected", message });

/** Parses JSON text as a shape: the core validator's verdict, and the value written back. */
function decodeAs(shapeName: string, input: string, form: "wire" | "ts"): Decoded {
  const shape = findShape(shapeName);
  if (!shape) return { status: "errored", message: `no shape ${shapeName}` };
  const parsed = parseJsonText(input);
  if (!parsed.ok) return rejection(`not JSON: ${parsed.error.message} at ${parsed.error.line}:${parsed.error.column}`);
  const wire = shape.convert(parsed.value, form, "wire");
  const result = validate(shape, wire);
  if (!result.valid) return rejection(result.errors.map((error) => `${error.path || "/"}: ${error.message} [${error.rule}]`).join("; "));
  return { status: "accepted", output: writeJson(wire) ?? "" };
}

/**
 * The catalogue as an implementation: it accepts exactly what the documented
 * shapes accept (each finding read as documented), keeps every field, and checks
 * streams' invariants. It must score 100% on the corpus.
 */
export const referenceImplementation: Implementation = {
  describe: () => ({
    name: "reference",
    language: "typescript",
    version: runnerIdentity.version,
    entry: { name: "catalogue", kind: "client", calls: "the core validator over each case's text, as documented" },
    capabilities: {
      operations: ["decode", "encode", "stream"],
      shapes: Object.fromEntries(catalogue.map((shape) => [shape.name, `core ${shape.name}`])),
      batch: 1024,
      stream_events: "all",
      encode_form: "ts",
    },
    profile: { unknown_fields: "preserve", null_vs_absent: "distinct", enums: "closed", key_casing: "wire", numbers: "double" },
  }),
  decode: (shape, input) => decodeAs(shape, input, "wire"),
  encode: (shape, input) => decodeAs(shape, input, "ts"),
  stream(chunks): Streamed {
    const decoder = new SseDecoder();
    const events = [...chunks.flatMap((chunk) => decoder.push(chunk)), ...decoder.end()];
    const values = [];
    for (const event of events) {
      const parsed = parseJsonText(event.data);
      if (!parsed.ok) return { status: "rejected", message: `event data is not JSON: ${parsed.error.message}` };
      if (!isJsonObject(parsed.value)) return { status: "rejected", message: "event data is not a JSON object" };
      const type = isJsonObject(parsed.value) && typeof parsed.value.type === "string" ? parsed.value.type : "";
      const shape = streamEventShapes.get(type);
      const result = shape ? validate(shape, parsed.value) : undefined;
      if (result && !result.valid) return { status: "rejected", message: `${type}: ${result.errors[0]?.message} [${result.errors[0]?.rule}]` };
      values.push(parsed.value);
    }
    const broken = checkStream(values);
    if (broken.length > 0) return { status: "rejected", message: `event ${broken[0]?.index}: ${broken[0]?.message} [${broken[0]?.invariant}]` };
    return { status: "accepted", events: values.map((value) => ({ output: writeJson(value) ?? "" })) };
  },
};
