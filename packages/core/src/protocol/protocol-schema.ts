import { forms } from "../naming/form.js";
import { jsonSchemaDialect, schemaBase } from "../schema/json-schema.js";

/** The protocol version this toolkit speaks. Bumped only for breaking changes. */
export const protocolVersion = 1;

/** The limits a runner sends when nothing asks for others; a harness uses them if its hello carries none. */
export const defaultLimits = { max_line_bytes: 64 * 1024 * 1024, max_message_bytes: 64 * 1024, max_output_bytes: 16 * 1024 * 1024 } as const;

const operations = ["decode", "encode", "stream"] as const;
const id = { type: "string", minLength: 1, description: "Opaque: echoed, never parsed." } as const;
const text = (description: string) => ({ type: "string", description }) as const;
/**
 * What the user's code received, as the SDK gave it: the harness reports it, the runner judges it.
 * declared: the SDK type capabilities.shapes names; unknown: the SDK's own marked catch-all (an UNKNOWN object,
 * isUnknown, an Unknown* model, AsAny() nil); other: another SDK type, unmarked, named in `type`; raw: the value
 * as plain JSON data, no SDK type (a dict, a list, None, a string); nothing: no value at all (an empty list, no part).
 */
export const receivedKinds = ["declared", "unknown", "other", "raw", "nothing"] as const;
const decoded = {
  output: text("JSON text the SDK wrote back for the value (at most limits.max_output_bytes UTF-8 bytes); absent only when received is nothing."),
  form: { enum: ["wire", "native"], default: "wire", description: "native: the SDK's own key names; the runner maps them back." },
  received: { enum: receivedKinds, default: "declared", description: "What the user's code received (see receivedKinds)." },
  type: text("The SDK type the value came back as, when it is not the declared one (required for other)."),
  unrecognized: { type: "array", items: { type: "string" }, description: "JSON Pointers of enum values the SDK kept as unrecognised." },
} as const;
// Every received value has its output, but `nothing` has none; `other` names its type.
const decodedRules = {
  anyOf: [
    { required: ["output"], properties: { output: true, received: { not: { const: "nothing" } } } },
    { required: ["received"], properties: { received: { const: "nothing" } }, not: { required: ["output"] } },
  ],
  if: { required: ["received"], properties: { received: { const: "other" } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
  then: { required: ["type"], properties: { type: true } },
} as const;
const message = text("What the SDK or harness said (at most limits.max_message_bytes UTF-8 bytes).");
const events = { type: "array", items: { $ref: "#/$defs/decodedValue" }, description: "Every event the SDK yielded, in order." } as const;
const result = <const Status extends string, const Properties extends object, const Required extends readonly string[]>(
  status: Status,
  properties: Properties,
  required: Required,
) =>
  ({
    type: "object",
    additionalProperties: false,
    required: ["id", "status", ...required],
    properties: { id, status: { const: status }, ...properties },
  }) as const;

/** Protocol v1 as a JSON Schema (draft 2020-12): every message either side may send. The TypeScript types derive from it. */
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
    profile: {
      type: "object",
      additionalProperties: false,
      description: "How an implementation treats what a round trip may change; the runner judges fidelity under it.",
      required: ["unknown_fields", "null_vs_absent", "enums", "key_casing", "numbers"],
      properties: {
        unknown_fields: { enum: ["preserve", "drop"], description: "Fields the shape does not declare: kept when re-serialising, or dropped." },
        null_vs_absent: { enum: ["distinct", "collapsed"], description: "An absent optional field and an explicit null: kept apart, or treated as one." },
        enums: { enum: ["open", "closed"], description: "Enum values the document does not list: accepted (open) or refused (closed)." },
        key_casing: { enum: ["wire", "native"], description: "Keys of the decoded object: the wire's, or the SDK's own (camelCase, Go names)." },
        numbers: { enum: ["exact", "double"], description: "Numbers held exactly, or as IEEE 754 doubles (2^53+1 becomes 2^53)." },
      },
    },
    entry: {
      type: "object",
      additionalProperties: false,
      description: "The public entry point users' code goes through, one per harness process; each is judged on its own.",
      required: ["name", "kind", "calls"],
      properties: {
        name: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,39}$", description: "Short and stable: client, fromJSON, model_validate, json.Unmarshal." },
        kind: {
          enum: ["client", "helper"],
          description: "client: the SDK's client calls over a mocked transport, what a verdict about the SDK rests on; helper: a public parse helper.",
        },
        calls: text("What is called, as a user would write it, and how the case's bytes reach it."),
      },
    },
    limits: {
      type: "object",
      description: "What the runner accepts from a harness; anything over is the harness's protocol violation.",
      required: ["max_line_bytes", "max_message_bytes", "max_output_bytes"],
      properties: {
        max_line_bytes: { type: "integer", minimum: 1024, default: defaultLimits.max_line_bytes, description: "Longest stdout line, in bytes." },
        max_message_bytes: {
          type: "integer",
          minimum: 256,
          default: defaultLimits.max_message_bytes,
          description: "Longest message (rejected, errored) or reason (skipped) of one result, in UTF-8 bytes.",
        },
        max_output_bytes: {
          type: "integer",
          minimum: 1024,
          default: defaultLimits.max_output_bytes,
          description: "Longest output of one decoded value (a decode, an encode or one stream event), in UTF-8 bytes.",
        },
      },
    },
    runnerHello: {
      type: "object",
      additionalProperties: false,
      description: "runner → harness, first message.",
      required: ["op", "protocol", "runner", "limits"],
      properties: {
        op: { const: "hello" },
        protocol: { const: protocolVersion },
        runner: { type: "object", required: ["name", "version"], properties: { name: { type: "string" }, version: { type: "string" } } },
        limits: { $ref: "#/$defs/limits" },
      },
    },
    harnessHello: {
      type: "object",
      additionalProperties: false,
      description: "harness → runner, the answer to hello: who it is and what it can do.",
      required: ["op", "protocol", "implementation", "capabilities", "profile"],
      properties: {
        op: { const: "hello" },
        protocol: { const: protocolVersion },
        implementation: {
          type: "object",
          required: ["name", "language", "version", "entry"],
          properties: {
            entry: { $ref: "#/$defs/entry" },
            name: { type: "string", minLength: 1 },
            language: { type: "string", minLength: 1 },
            version: { type: "string", minLength: 1, not: { enum: ["main", "master", "trunk", "latest"] }, description: "A real release or commit." },
            homepage: { type: "string" },
          },
        },
        capabilities: {
          type: "object",
          additionalProperties: false,
          required: ["operations", "shapes", "batch"],
          properties: {
            operations: { type: "array", uniqueItems: true, items: { enum: operations } },
            shapes: {
              type: "object",
              additionalProperties: { type: "string" },
              description: "Catalogue shape → the SDK type that decodes it. Only these shapes are sent.",
            },
            batch: { type: "integer", minimum: 1, description: "Most cases per run message." },
            stream_events: {
              enum: ["all", "subset"],
              default: "all",
              description: "For streams: every event is returned (all), or only those the SDK models (subset).",
            },
            encode_form: { enum: forms, default: "wire", description: "The form encode inputs are written in." },
            in_flight: {
              type: "integer",
              minimum: 1,
              default: 1,
              description: "Run messages the harness takes before answering the first. 1: the next run only after the previous results.",
            },
            ordered: {
              type: "boolean",
              default: true,
              description: "With more than one run in flight: results in the order the runs were sent (true) or in any order, matched by id.",
            },
          },
        },
        profile: { $ref: "#/$defs/profile" },
      },
    },
    harnessRefusal: {
      type: "object",
      additionalProperties: false,
      description: "harness → runner instead of hello, when it cannot speak the runner's version.",
      required: ["op", "error"],
      properties: { op: { const: "hello" }, error: { type: "string" } },
    },
    case: {
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["id", "operation", "shape", "input"],
          properties: {
            id,
            operation: { enum: ["decode", "encode"] },
            shape: { type: "string" },
            input: text("JSON text: wire form for decode, encode_form for encode."),
          },
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["id", "operation", "chunks"],
          properties: {
            id,
            operation: { const: "stream" },
            chunks: {
              type: "array",
              items: { type: "string", contentEncoding: "base64" },
              description: "The stream's bytes, one base64 string per chunk, fed in order.",
            },
          },
        },
      ],
    },
    run: {
      type: "object",
      additionalProperties: false,
      description: "runner → harness: a batch of cases.",
      required: ["op", "id", "cases"],
      properties: { op: { const: "run" }, id, cases: { type: "array", items: { $ref: "#/$defs/case" } } },
    },
    decodedValue: { type: "object", additionalProperties: false, properties: decoded, ...decodedRules, description: "One decoded value." },
    result: {
      oneOf: [
        { ...result("ok", decoded, []), ...decodedRules },
        result("ok", { events }, ["events"]),
        result("rejected", { message, events }, ["message"]),
        result("skipped", { reason: text("Why the harness cannot ask this (at most limits.max_message_bytes UTF-8 bytes).") }, ["reason"]),
        result("errored", { message }, ["message"]),
      ],
    },
    results: {
      type: "object",
      additionalProperties: false,
      description: "harness → runner: one result per case of the run, matched by case id.",
      required: ["op", "id", "results"],
      properties: { op: { const: "results" }, id, results: { type: "array", items: { $ref: "#/$defs/result" } } },
    },
    stop: {
      type: "object",
      additionalProperties: false,
      description: "runner → harness: finish and exit 0. End of stdin means the same.",
      required: ["op"],
      properties: { op: { const: "stop" } },
    },
  },
} as const;
