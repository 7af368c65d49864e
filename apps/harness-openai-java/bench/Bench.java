package imagegen.harness;

import com.openai.core.ObjectMappers;
import com.openai.models.responses.ResponseOutputItem;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What bounds this harness's throughput, in one JVM started as the harness is (bench/scenarios/sdk-alone.mjs): the
 * SDK's own work as the readValue entry asks it (readValue into the item type and into ResponseOutputItem, then
 * writeValueAsString), beside the harness's whole answer to a 256-case run message. One JSON line, µs a case.
 */
public final class Bench {
  private Bench() {}

  static final String ITEM = "{\"type\":\"image_generation_call\",\"id\":\"ig_68b8c2d4e0a081a29c1d2e3f4a5b6c7d0e1f2a3b4c5d6e7f\",\"status\":\"completed\","
      + "\"result\":\"iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mP4n8UARAwQCgArhgWlJBXGOwAAAABJRU5ErkJggg==\",\"prompt\":\"a fox\"}";

  interface Step {
    void run() throws Exception;
  }

  /** Microseconds per call of step, best of five rounds of `calls`, after a warm-up of as many. */
  static double perCall(Step step, int calls) throws Exception {
    for (int at = 0; at < calls; at++) step.run();
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long started = System.nanoTime();
      for (int at = 0; at < calls; at++) step.run();
      best = Math.min(best, (System.nanoTime() - started) / 1000.0 / calls);
    }
    return best;
  }

  public static void main(String[] args) throws Exception {
    var mapper = ObjectMappers.jsonMapper();
    double sdk = perCall(() -> {
      var value = mapper.readValue(ITEM, ResponseOutputItem.ImageGenerationCall.class);
      mapper.readValue(ITEM, ResponseOutputItem.class);
      mapper.writeValueAsString(value);
    }, 20_000);
    StringBuilder run = new StringBuilder("{\"op\":\"run\",\"id\":\"r1\",\"cases\":[");
    String quoted = Json.MAPPER.writeValueAsString(ITEM);
    for (int at = 0; at < 256; at++)
      run.append(at == 0 ? "" : ",").append("{\"id\":\"c").append(at).append("\",\"operation\":\"decode\",\"shape\":\"OutputImageGenerationCallItem\",\"input\":").append(quoted).append('}');
    byte[] lines = ("{\"op\":\"hello\",\"protocol\":1}\n" + run + "]}\n").getBytes(StandardCharsets.UTF_8);
    var entry = HelperEntry.readValue();
    var logs = new PrintStream(OutputStream.nullOutputStream());
    double whole = perCall(() -> new Loop(entry, OutputStream.nullOutputStream(), logs).serve(new ByteArrayInputStream(lines)), 100) / 256;
    System.out.printf("{\"sdk_us\":%.3f,\"harness_us\":%.3f}%n", sdk, whole);
  }
}
