import { protocolSchema } from "@imagegen-conformance/core";
import { outcomeKinds } from "./outcome.js";

const text = { type: "string" };

/** The fields of an Outcome as JSON Schema properties: one definition for every file that stores outcomes (run logs, reproducers). */
export const outcomeProperties = {
  kind: { enum: [...outcomeKinds] },
  reason: text,
  unenforced: { type: "array", items: text },
  unrecognized: { type: "array", items: text },
  fidelity: { enum: ["exact", "allowed", "violating"] },
  reading: text,
  behaved: { enum: ["accept", "reject"] },
  received: text,
  observed: { type: "object", additionalProperties: false, properties: protocolSchema.$defs.profile.properties },
  stderr: text,
} as const;
