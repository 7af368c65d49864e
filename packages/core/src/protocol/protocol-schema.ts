import { jsonSchemaDialect, schemaBase } from "../schema/json-schema.js";

const profile = {
  type: "object",
  additionalProperties: false,
  required: ["unknown_fields", "null_vs_absent", "enums", "key_casing", "numbers"],
  properties: {
    unknown_fields: { enum: ["preserve", "drop"] },
    null_vs_absent: { enum: ["distinct", "collapsed"] },
    enums: { enum: ["open", "closed"] },
    key_casing: { enum: ["wire", "native"] },
    numbers: { enum: ["exact", "double"] },
  },
};

const decoded = {
  output: { type: "string" },
  form: { enum: ["wire", "native"] },
  fallback: { const: "unknown" },
  unrecognized: { type: "array", items: { type: "string" } },
};
const decodedValue = { type: "object", additionalProperties: false, required: ["output"], properties: decoded };
const id = { type: "string", minLength: 1 };

/** Protocol v1 as a JSON Schema (draft 2020-12): every message either side may send. */
export const protocolSchema = {
  $schema: jsonSchemaDialect,
  $id: `${schemaBase}protocol-v1.json`,
  title: "imagegen-conformance harness protocol v1",
  description: "NDJSON over stdio: one message per line; stdout carries only these messages, stderr only diagnostics.",
  oneOf: [
    { $ref: "#/$defs/runnerHello" },
    { $ref: "#/$defs/harnessHello" },
    { $ref: "#/$defs/harnessRefusal" },
    { $ref: "#/$defs/run" },
    { $ref: "#/$defs/results" },
    { $ref: "#/$defs/stop" },
  ],
  $defs: {
    profile,
    runnerHello: {
      type: "object",
      additionalProperties: false,
      required: ["op", "protocol", "runner", "limits"],
      properties: {
        op: { const: "hello" },
        protocol: { const: 1 },
        runner: { type: "object", required: ["name", "version"], properties: { name: { type: "string" }, version: { type: "string" } } },
        limits: {
          type: "object",
          required: ["max_line_bytes", "max_message_bytes", "max_output_bytes"],
          properties: {
            max_line_bytes: { type: "integer", minimum: 1024 },
            max_message_bytes: { type: "integer", minimum: 256 },
            max_output_bytes: { type: "integer", minimum: 1024 },
          },
        },
      },
    },
    harnessHello: {
      type: "object",
      additionalProperties: false,
      required: ["op", "protocol", "implementation", "capabilities", "profile"],
      properties: {
        op: { const: "hello" },
        protocol: { const: 1 },
        implementation: {
          type: "object",
          required: ["name", "language", "version"],
          properties: {
            name: { type: "string", minLength: 1 },
            language: { type: "string", minLength: 1 },
            version: { type: "string", minLength: 1, not: { enum: ["main", "master", "trunk", "latest"] } },
            homepage: { type: "string" },
          },
        },
        capabilities: {
          type: "object",
          additionalProperties: false,
          required: ["operations", "shapes", "batch"],
          properties: {
            operations: { type: "array", uniqueItems: true, items: { enum: ["decode", "encode", "stream"] } },
            shapes: { type: "object", additionalProperties: { type: "string" } },
            batch: { type: "integer", minimum: 1 },
            stream_events: { enum: ["all", "subset"] },
            encode_form: { enum: ["wire", "ts", "go", "python"] },
            in_flight: { type: "integer", minimum: 1 },
            ordered: { type: "boolean" },
          },
        },
        profile: { $ref: "#/$defs/profile" },
      },
    },
    harnessRefusal: {
      type: "object",
      additionalProperties: false,
      required: ["op", "error"],
      properties: { op: { const: "hello" }, error: { type: "string" } },
    },
    run: {
      type: "object",
      additionalProperties: false,
      required: ["op", "id", "cases"],
      properties: {
        op: { const: "run" },
        id,
        cases: {
          type: "array",
          items: {
            oneOf: [
              {
                type: "object",
                additionalProperties: false,
                required: ["id", "operation", "shape", "input"],
                properties: { id, operation: { enum: ["decode", "encode"] }, shape: { type: "string" }, input: { type: "string" } },
              },
              {
                type: "object",
                additionalProperties: false,
                required: ["id", "operation", "chunks"],
                properties: { id, operation: { const: "stream" }, chunks: { type: "array", items: { type: "string", contentEncoding: "base64" } } },
              },
            ],
          },
        },
      },
    },
    results: {
      type: "object",
      additionalProperties: false,
      required: ["op", "id", "results"],
      properties: {
        op: { const: "results" },
        id,
        results: {
          type: "array",
          items: {
            oneOf: [
              { type: "object", additionalProperties: false, required: ["id", "status", "output"], properties: { id, status: { const: "ok" }, ...decoded } },
              {
                type: "object",
                additionalProperties: false,
                required: ["id", "status", "events"],
                properties: { id, status: { const: "ok" }, events: { type: "array", items: decodedValue } },
              },
              {
                type: "object",
                additionalProperties: false,
                required: ["id", "status", "message"],
                properties: { id, status: { const: "rejected" }, message: { type: "string" }, events: { type: "array", items: decodedValue } },
              },
              {
                type: "object",
                additionalProperties: false,
                required: ["id", "status", "reason"],
                properties: { id, status: { const: "skipped" }, reason: { type: "string" } },
              },
              {
                type: "object",
                additionalProperties: false,
                required: ["id", "status", "message"],
                properties: { id, status: { const: "errored" }, message: { type: "string" } },
              },
            ],
          },
        },
      },
    },
    stop: { type: "object", additionalProperties: false, required: ["op"], properties: { op: { const: "stop" } } },
  },
} as const;
