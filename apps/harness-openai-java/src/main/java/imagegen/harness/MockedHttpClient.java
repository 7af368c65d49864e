package imagegen.harness;

import com.openai.core.RequestOptions;
import com.openai.core.http.Headers;
import com.openai.core.http.HttpClient;
import com.openai.core.http.HttpRequest;
import com.openai.core.http.HttpRequestBody;
import com.openai.core.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's own transport interface (com.openai.core.http.HttpClient), implemented as a user's test double is: every
 * request gets a 200 with the body set by serve, and nothing is ever dialled.
 */
final class MockedHttpClient implements HttpClient {
  private String contentType = "application/json";
  private List<byte[]> chunks = List.of();

  /** What the next request is answered with: the body's chunks, each handed over as one read. */
  void serve(String contentType, List<byte[]> chunks) {
    this.contentType = contentType;
    this.chunks = chunks;
  }

  @Override
  public HttpResponse execute(HttpRequest request, RequestOptions requestOptions) {
    try (HttpRequestBody body = request.body()) {
      if (body != null) body.writeTo(OutputStream.nullOutputStream()); // a transport sends the request body: let the SDK write it
    }
    ChunkedBody body = new ChunkedBody(chunks);
    Headers headers = Headers.builder().put("Content-Type", contentType).build();
    return new HttpResponse() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public Headers headers() {
        return headers;
      }

      @Override
      public InputStream body() {
        return body;
      }

      @Override
      public void close() {
        body.close();
      }
    };
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions requestOptions) {
    return CompletableFuture.completedFuture(execute(request, requestOptions));
  }

  @Override
  public void close() {}

  /** A body whose every read returns bytes of one chunk only: a chunk may end mid-line, mid-CRLF or mid-character. */
  static final class ChunkedBody extends InputStream {
    private final List<byte[]> chunks;
    private int chunk;
    private int at;

    ChunkedBody(List<byte[]> chunks) {
      this.chunks = chunks;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) return 0;
      while (chunk < chunks.size() && at == chunks.get(chunk).length) { // an empty chunk is no read: skip it
        chunk++;
        at = 0;
      }
      if (chunk == chunks.size()) return -1;
      int count = Math.min(length, chunks.get(chunk).length - at);
      System.arraycopy(chunks.get(chunk), at, into, offset, count);
      at += count;
      return count;
    }

    @Override
    public void close() {
      chunk = chunks.size();
    }
  }
}
