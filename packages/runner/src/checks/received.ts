import type { DecodedValue, Received } from "@imagegen-conformance/core";

/** What a decoded value says the user's code received; a harness that says nothing means the declared type. */
export const receivedOf = (value: Partial<DecodedValue>): Received => value.received ?? "declared";

/**
 * Whether the user's code was handed the value as something it reads as the shape, with no mark: the declared type,
 * another type, or the raw data. The SDK's own unknown mark and nothing at all are not acceptance: user code can tell.
 */
export const handsOver = (received: Received): boolean => received === "declared" || received === "other" || received === "raw";

/**
 * What an SDK did with an input, as cross-implementation comparison reads it: accepted when it handed the user's code
 * a value (or a stream ran to its end), rejected when it refused it or did not hand it over. Errors are neither.
 */
export function behavedOf(result: { status: string; received?: Received; events?: unknown }): "accept" | "reject" | undefined {
  if (result.status === "rejected") return "reject";
  if (result.status !== "ok") return undefined;
  return result.events !== undefined || handsOver(receivedOf(result)) ? "accept" : "reject";
}

/** One phrase for what came back: "declared", "unknown", "other ResponseOutputMessage", "raw", "nothing". */
export const receivedText = (value: Partial<DecodedValue>): string => {
  const received = receivedOf(value);
  return received === "other" || (received !== "nothing" && value.type) ? `${received} ${value.type ?? "an unnamed type"}` : received;
};

/** How a value that is not the declared type is described in a reason. */
export const describeReceived = (value: Partial<DecodedValue>, declared: string): string => {
  const received = receivedOf(value);
  if (received === "unknown") return `the SDK's own unknown catch-all${value.type ? ` (${value.type})` : ""}, not ${declared}`;
  if (received === "other") return `another type, ${value.type ?? "unnamed"}, unmarked, not ${declared}`;
  if (received === "raw") return `the raw value, not ${declared}${value.type ? ` (a ${value.type})` : ""}`;
  if (received === "nothing") return "nothing: the user's code receives no value for it";
  return declared;
};
