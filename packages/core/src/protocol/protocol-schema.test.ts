import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { defaultLimits, type HarnessHello, type RunnerHello, type RunResults } from "./messages.js";
import { protocolSchema } from "./protocol-schema.js";
import { protocolSchemaFile, protocolSchemaText } from "./schema-file.js";

const root = new URL("../../", import.meta.url);
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addSchema(protocolSchema as object);
const valid = (definition: string, message: unknown) => ajv.validate(`${protocolSchema.$id}#/$defs/${definition}`, message);

describe("protocol v1's schema file", () => {
  it("is the definition, as emitted (run `npm run -w @imagegen-conformance/core emit-schema` after changing it)", () => {
    expect(readFileSync(new URL(protocolSchemaFile, root), "utf8")).toBe(protocolSchemaText());
  });

  it("ships in the package, under the export harnesses name", () => {
    const resolved = createRequire(import.meta.url).resolve(`@imagegen-conformance/core/${protocolSchemaFile}`);
    expect(readFileSync(resolved, "utf8")).toBe(protocolSchemaText());
    const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { files: string[] };
    expect(manifest.files).toContain(protocolSchemaFile.split("/")[0]);
  });

  it("is a schema strict Ajv compiles, whose defaults are the default limits", () => {
    expect(ajv.getSchema(protocolSchema.$id)).toBeDefined();
    const limits = protocolSchema.$defs.limits.properties;
    expect({
      max_line_bytes: limits.max_line_bytes.default,
      max_message_bytes: limits.max_message_bytes.default,
      max_output_bytes: limits.max_output_bytes.default,
    }).toEqual(defaultLimits);
  });
});

describe("protocol v1's types and schema", () => {
  // Values typed by the derived types: the schema accepts what the types allow and refuses what they do not.
  const hello: RunnerHello = { op: "hello", protocol: 1, runner: { name: "r", version: "0" }, limits: { ...defaultLimits } };
  const harness: HarnessHello = {
    op: "hello",
    protocol: 1,
    implementation: { name: "toy", language: "go", version: "1.0.0", entry: { name: "client", kind: "client", calls: "client.Responses.New" } },
    capabilities: { operations: ["decode"], shapes: {}, batch: 1, in_flight: 4, ordered: false },
    profile: { unknown_fields: "drop", null_vs_absent: "distinct", enums: "open", key_casing: "wire", numbers: "exact" },
  };
  const results: RunResults = {
    op: "results",
    id: "r1",
    results: [
      { id: "a", status: "ok", output: "{}", form: "native" },
      { id: "b", status: "ok", events: [{ output: "{}", received: "unknown" }, { received: "nothing" }, { output: "1", received: "other", type: "Other" }] },
      { id: "c", status: "rejected", message: "no" },
      { id: "d", status: "skipped", reason: "not declared" },
      { id: "e", status: "errored", message: "boom" },
    ],
  };

  it("accepts every message the types allow", () => {
    expect([valid("runnerHello", hello), valid("harnessHello", harness), valid("results", results)]).toEqual([true, true, true]);
  });

  it("refuses what the types forbid", () => {
    expect(valid("harnessHello", { ...harness, capabilities: { ...harness.capabilities, in_flight: 0 } })).toBe(false);
    expect(valid("harnessHello", { ...harness, capabilities: { ...harness.capabilities, ordered: "yes" } })).toBe(false);
    expect(valid("runnerHello", { ...hello, limits: { max_line_bytes: 67108864 } })).toBe(false);
    expect(valid("results", { ...results, results: [{ id: "a", status: "ok" }] })).toBe(false);
    expect(valid("results", { ...results, results: [{ id: "a", status: "skipped", message: "no" }] })).toBe(false);
    // A value with no output must say it was nothing; one of another type must name it; the old fallback marker is gone.
    expect(valid("results", { ...results, results: [{ id: "a", status: "ok", received: "declared" }] })).toBe(false);
    expect(valid("results", { ...results, results: [{ id: "a", status: "ok", output: "{}", received: "other" }] })).toBe(false);
    expect(valid("results", { ...results, results: [{ id: "a", status: "ok", output: "{}", received: "nothing" }] })).toBe(false);
    expect(valid("results", { ...results, results: [{ id: "a", status: "ok", output: "{}", fallback: "unknown" }] })).toBe(false);
    expect(valid("harnessHello", { ...harness, implementation: { name: "toy", language: "go", version: "1.0.0" } })).toBe(false);
  });
});
