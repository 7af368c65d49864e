/**
 * A response body that hands out one chunk per read, so an SDK's own SSE reader meets
 * the chunk boundaries the runner chose (a split inside a line, a CRLF cut in two).
 */
export function chunkedBody(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}
