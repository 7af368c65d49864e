/** One question put to an implementation. Stream chunks are bytes here; the wire carries them in base64. */
export type Request = { id: string; operation: "decode" | "encode"; shape: string; input: string } | { id: string; operation: "stream"; chunks: Uint8Array[] };
