// Protocol v1's message types, derived from its one definition: the JSON Schema in protocol-schema.ts.
import type { FromSchema } from "./from-schema.js";
import type { protocolSchema } from "./protocol-schema.js";

export { defaultLimits, protocolVersion } from "./protocol-schema.js";

type Definitions = (typeof protocolSchema)["$defs"];
type Message<Name extends keyof Definitions> = FromSchema<Definitions[Name], Definitions>;

/** How an implementation treats what a round trip may change; the runner judges fidelity under it. */
export type Profile = Message<"profile">;

/** What the runner accepts from a harness (`max_line_bytes`, `max_message_bytes`, `max_output_bytes`); anything over is the harness's protocol violation. */
export type Limits = Message<"limits">;

/** The public entry point a harness process checks its SDK through: `name`, `kind` (client or helper), what it `calls`. */
export type Entry = Message<"entry">;

/** What the user's code received for a value: declared, unknown (the SDK's own mark), other (a named type), raw, nothing. */
export type Received = NonNullable<DecodedValue["received"]>;

/** runner → harness, first message. */
export type RunnerHello = Message<"runnerHello">;

/** harness → runner, the answer to hello: who it is and what it can do (`capabilities.in_flight`, `capabilities.ordered`: see docs/protocol.md). */
export type HarnessHello = Message<"harnessHello">;

/** harness → runner instead of hello, when it cannot speak the runner's version. */
export type HarnessRefusal = Message<"harnessRefusal">;

export type Operation = HarnessHello["capabilities"]["operations"][number];

/** One case of a run: decode or encode `input` as `shape`, or read the base64 `chunks` of a stream in order. */
export type ProtocolCase = Message<"case">;

/** runner → harness: a batch of cases. */
export type RunRequest = Message<"run">;

/** One decoded value: JSON text, in the form `form` (default "wire"), with what the user's code `received` and `unrecognized` enum values. */
export type DecodedValue = Message<"decodedValue">;

/** One case's answer, by `status`: ok (an output or events), rejected, skipped, errored. */
export type ProtocolResult = Message<"result">;

/** harness → runner: one result per case of the batch, matched by id. */
export type RunResults = Message<"results">;

/** runner → harness: finish and exit 0. EOF on stdin means the same. */
export type StopRequest = Message<"stop">;
