/** The only content types a harness serves: a JSON response body, or an event stream. */
export type ServedType = "application/json" | "text/event-stream";

/**
 * The mocked transport: a fetch that answers every request with the case's bytes and status 200, so an SDK's
 * client runs its real response path (headers, body reading, SSE decoding) on exactly what the runner sent.
 */
export function mockedFetch(body: string | ReadableStream<Uint8Array>, type: ServedType): () => Promise<Response> {
  return async () => new Response(body, { status: 200, headers: { "content-type": type } });
}
