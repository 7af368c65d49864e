// The client's response model, found through the release's own operation schemas: the union its `output[]`
// elements go through, and the fields the model requires beyond the envelope's own.
import { envelopeFields } from "@imagegen-conformance/harness-kit";
import { responseFields, type Schema } from "../version.js";
import { def, unwrap } from "../zod-defs.js";
import type { Exports } from "./load.js";

type Issue = { code?: string; path?: unknown[]; expected?: string };

export interface ResponseModel {
  /** The operation schema it was found in, e.g. `CreateResponsesResponse`. */
  operation: string;
  model: Schema;
  outputItems: Schema;
}

/** The non-streaming response of `send`: the member of `Create…ResponsesResponse` (not presets) with an `output` array. */
export function responseModel(operations: Exports | undefined): ResponseModel | undefined {
  const names = Object.keys(operations ?? {})
    .filter((name) => /^Create\w*ResponsesResponse\$inboundSchema$/.test(name) && !name.includes("Presets"))
    .sort((left, right) => Number(right === "CreateResponsesResponse$inboundSchema") - Number(left === "CreateResponsesResponse$inboundSchema"));
  for (const name of names) {
    const union = unwrap(operations?.[name]);
    for (const member of def(union)?.options ?? [union]) {
      const output = unwrap(def(unwrap(member))?.shape?.output);
      const element = def(output)?.type === "array" ? def(output)?.element : undefined;
      if (element) return { operation: name.slice(0, -"$inboundSchema".length), model: member as Schema, outputItems: element as Schema };
    }
  }
  return undefined;
}

const blank: Record<string, unknown> = { number: 0, string: "", boolean: false, array: [], object: {} };

/**
 * The pinned harness's response fields, and for a model that refuses one of them (0.12.0 wants numbers, not null,
 * for `temperature` and four more) the plainest value of the type it names: the envelope only, never the case's item.
 */
export function fieldsFor(model: Schema): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...responseFields };
  for (let round = 0; round < 4; round++) {
    const result = model.safeParse({ ...envelopeFields, ...fields, output: [] }) as { success: boolean; error?: { issues?: Issue[] } };
    if (result.success) break;
    let changed = false;
    for (const issue of result.error?.issues ?? []) {
      const [key, ...deeper] = issue.path ?? [];
      const value = issue.code === "invalid_type" && issue.expected ? blank[issue.expected] : undefined;
      if (typeof key !== "string" || deeper.length > 0 || key === "output" || key in envelopeFields || value === undefined) continue;
      fields[key] = value;
      changed = true;
    }
    if (!changed) break;
  }
  return fields;
}
