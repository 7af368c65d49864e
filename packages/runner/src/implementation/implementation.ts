import type { DecodedValue, Entry, HarnessHello, Profile } from "@imagegen-conformance/core";

/** Who an implementation is and what it can do: the same facts a harness sends in hello. */
export interface Description {
  name: string;
  language: string;
  version: string;
  homepage?: string;
  /** The entry point checked: one per harness process, each judged on its own. */
  entry: Entry;
  capabilities: HarnessHello["capabilities"];
  profile: Profile;
}

/** What an implementation did with one input. A thrown error is `errored`, never a verdict. */
export type Decoded =
  | ({ status: "accepted" } & DecodedValue)
  | { status: "rejected"; message: string }
  | { status: "errored"; message: string }
  /** The question cannot be asked here as the case puts it (its bytes cannot be served unchanged at this entry): why. */
  | { status: "skipped"; reason: string };

export type Streamed =
  | { status: "accepted"; events: DecodedValue[] }
  | { status: "rejected"; message: string; events?: DecodedValue[] }
  | { status: "errored"; message: string };

/**
 * An implementation checked in-process. Operations it lacks are left out and
 * not declared in `describe().capabilities.operations`: declared, never faked.
 */
export interface Implementation {
  describe(): Description;
  /** Parses wire JSON text as `shape` and writes back the JSON it would send. */
  decode?(shape: string, input: string): Decoded | Promise<Decoded>;
  /** Serialises an SDK-side value (JSON text in `capabilities.encode_form`) to the wire. */
  encode?(shape: string, input: string): Decoded | Promise<Decoded>;
  /** Reads a text/event-stream given as byte chunks, in order. */
  stream?(chunks: Uint8Array[]): Streamed | Promise<Streamed>;
}
