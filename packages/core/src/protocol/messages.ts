import type { Form } from "../naming/form.js";

/** The protocol version this toolkit speaks. Bumped only for breaking changes. */
export const protocolVersion = 1;

/** How an implementation treats what a round trip may change; the runner judges fidelity under it. */
export interface Profile {
  /** Fields the shape does not declare: kept when re-serialising, or dropped. */
  unknown_fields: "preserve" | "drop";
  /** An absent optional field and an explicit null: kept apart, or treated as one. */
  null_vs_absent: "distinct" | "collapsed";
  /** Enum values the document does not list: accepted (open) or refused (closed). */
  enums: "open" | "closed";
  /** Keys of the decoded object: the wire's, or the SDK's own (camelCase, Go names). */
  key_casing: "wire" | "native";
  /** Numbers held exactly, or as IEEE 754 doubles (2^53+1 becomes 2^53). */
  numbers: "exact" | "double";
}

export type Operation = "decode" | "encode" | "stream";

/** runner → harness, first message. */
export interface RunnerHello {
  op: "hello";
  protocol: number;
  runner: { name: string; version: string };
  limits: Limits;
}

/** What the runner accepts from a harness; anything over is the harness's protocol violation. */
export interface Limits {
  /** Longest stdout line, in bytes. */
  max_line_bytes: number;
  /** Longest `message` (rejected, errored) or `reason` (skipped) of one result, in UTF-8 bytes. */
  max_message_bytes: number;
  /** Longest `output` of one decoded value (a decode, an encode or one stream event), in UTF-8 bytes. */
  max_output_bytes: number;
}

/** harness → runner, the answer to hello: who it is and what it can do. */
export interface HarnessHello {
  op: "hello";
  protocol: number;
  implementation: { name: string; language: string; version: string; homepage?: string };
  capabilities: {
    operations: Operation[];
    /** Catalogue shape → the SDK type that decodes it. Only these shapes are sent. */
    shapes: Record<string, string>;
    /** Most cases per run message. */
    batch: number;
    /** For streams: every event is returned ("all"), or only those the SDK models ("subset"). */
    stream_events?: "all" | "subset";
    /** The form `encode` inputs are written in. */
    encode_form?: Form;
    /** Run messages the harness takes before answering the first. Default 1: the next run only after the previous results. */
    in_flight?: number;
    /** With more than one run in flight: results come in the order the runs were sent (true, the default) or in any order. */
    ordered?: boolean;
  };
  profile: Profile;
}

/** harness → runner instead of hello, when it cannot speak the runner's version. */
export interface HarnessRefusal {
  op: "hello";
  error: string;
}

export type ProtocolCase =
  | { id: string; operation: "decode"; shape: string; input: string }
  | { id: string; operation: "encode"; shape: string; input: string }
  /** `chunks`: the stream's bytes in base64, one string per chunk, to be fed in order. */
  | { id: string; operation: "stream"; chunks: string[] };

/** runner → harness: a batch of cases. */
export interface RunRequest {
  op: "run";
  id: string;
  cases: ProtocolCase[];
}

/** One decoded value: JSON text, in the form `form`, possibly marked. */
export interface DecodedValue {
  output: string;
  /** Default "wire". "native": the SDK's own key names (the runner maps them back). */
  form?: "wire" | "native";
  /** "unknown": the SDK's forward-compatible fallback (an UNKNOWN object), not the documented shape. */
  fallback?: "unknown";
  /** JSON Pointers of enum values the SDK kept as unrecognised. */
  unrecognized?: string[];
}

export type ProtocolResult =
  | ({ id: string; status: "ok" } & DecodedValue)
  | { id: string; status: "ok"; events: DecodedValue[] }
  | { id: string; status: "rejected"; message: string; events?: DecodedValue[] }
  | { id: string; status: "skipped"; reason: string }
  | { id: string; status: "errored"; message: string };

/** harness → runner: one result per case of the batch, matched by id. */
export interface RunResults {
  op: "results";
  id: string;
  results: ProtocolResult[];
}

/** runner → harness: finish and exit 0. EOF on stdin means the same. */
export interface StopRequest {
  op: "stop";
}
