import { unservable } from "@imagegen-conformance/core";

export { unservable, unservableReasons } from "@imagegen-conformance/core";

/** The response every client entry is served around a decode case's item: `output` holds the case's text, verbatim. */
export const envelopeFields = { id: "resp_1", object: "response", created_at: 0, status: "completed", model: "gpt-5" } as const;

/** A body to serve, or why the case's text cannot sit unchanged inside one. */
export type Enveloped = { served: true; body: string } | { served: false; reason: string };

/**
 * The case's text verbatim as the one element of a response's `output`, inside `envelopeFields` plus the fields the
 * SDK's response model requires (`fields`); or why it cannot be. The text is never parsed into the body and re-written.
 */
export function responseEnvelope(input: string, fields: Readonly<Record<string, unknown>> = {}): Enveloped {
  const reason = unservable(input);
  if (reason !== undefined) return { served: false, reason };
  const { output: _output, ...rest } = fields;
  const head = JSON.stringify({ ...envelopeFields, ...rest });
  return { served: true, body: `${head.slice(0, -1)},"output":[${input}]}` };
}
