import { protocolSchema } from "@imagegen-conformance/core";
import { caseSchema } from "@imagegen-conformance/fixtures";
import { outcomeProperties } from "../outcome/outcome-schema.js";
import { resultChecks } from "./log-records.js";

// The corpus case schema (fixtures/case.schema.json): the log's results share its expectation and level.
const caseSchemaId = caseSchema().$id;

const text = { type: "string" };
const count = { type: "integer", minimum: 0 };
const level = { $ref: `${caseSchemaId}#/$defs/case/properties/level` };
const shard = {
  type: "object",
  required: ["index", "count"],
  properties: { index: { type: "integer", minimum: 1 }, count: { type: "integer", minimum: 1 } },
};
// Known fields are checked; others are let through and never read, so a newer runner's log still renders.
const record = (type: string, required: string[], properties: Record<string, object>) => ({
  type: "object",
  required: ["type", ...required],
  properties: { type: { const: type }, ...properties },
});

/**
 * The run log's records (log-records.ts) as JSON Schema (draft 2020-12), one definition per
 * record type: what the writer writes and the reader checks before any report is made.
 * Nothing here looks inside values of unbounded depth, so checking a record never recurses over it.
 */
export const logSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://imagegen-conformance.dev/schemas/run-log.json",
  title: "imagegen-conformance run log record",
  $defs: {
    header: record("header", ["runner", "protocol", "started", "seed", "gated"], {
      runner: { type: "object", required: ["name", "version"], properties: { name: text, version: text } },
      protocol: { type: "integer" },
      started: text,
      seed: { type: "integer" },
      cases: count,
      caseIds: { type: "array", items: text },
      shard,
      selection: { type: "object", required: ["cases", "digest"], properties: { cases: count, digest: text } },
      gated: { type: "array", items: level },
      targets: { type: "array", items: text },
      sweep: { type: "object", required: ["family", "releases"], properties: { family: text, releases: { type: "array", items: text }, shard } },
    }),
    implementation: record("implementation", ["implementation"], {
      implementation: { type: "string", minLength: 1 },
      command: text,
      reach: { type: "object" },
      description: {
        type: "object",
        required: ["name", "language", "version", "capabilities", "profile"],
        properties: {
          name: text,
          language: text,
          version: text,
          homepage: text,
          capabilities: { type: "object", properties: { operations: { type: "array", items: text }, shapes: { type: "object" } } },
          profile: { $ref: `${protocolSchema.$id}#/$defs/profile` },
        },
      },
      unavailable: text,
      planned: count,
    }),
    result: record("result", ["implementation", "case", "check", "shape", "level", "expect", "kind", "reason"], {
      implementation: { type: "string", minLength: 1 },
      case: { type: "string", minLength: 1 },
      check: { enum: [...resultChecks] },
      shape: text,
      level,
      expect: { enum: ["accept", "reject", "implementation-defined"] },
      tests: { type: "array", items: text },
      ms: { type: "number", minimum: 0 },
      ...outcomeProperties,
      input: text,
      expected: { $ref: `${caseSchemaId}#/$defs/case/properties/expect` },
    }),
    footer: record("footer", ["finished", "interrupted"], { finished: text, interrupted: { type: "boolean" }, signal: text }),
  },
};

export type LogRecordType = keyof typeof logSchema.$defs;
