package imagegen.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The protocol loop for one entry: hello, runs answered one at a time in the order sent, stop. stdout carries protocol lines only. */
final class Loop {
  private final Entry entry;
  private final OutputStream out;
  private final PrintStream logs;
  private Limits limits = Limits.DEFAULT;

  Loop(Entry entry, OutputStream out, PrintStream logs) {
    this.entry = entry;
    this.out = out;
    this.logs = logs;
  }

  /** Serves until stop or the end of input; the exit code. */
  int serve(InputStream in) throws IOException {
    Lines lines = new Lines(in);
    boolean greeted = false;
    for (byte[] line; (line = lines.next()) != null;) {
      if (Lines.blank(line)) continue;
      JsonNode message = parse(line);
      String op = message == null ? null : message.path("op").asText(null);
      if (!greeted) {
        JsonNode protocol = message == null ? null : message.get("protocol");
        if (!"hello".equals(op) || protocol == null || !protocol.isInt() || protocol.intValue() != 1) {
          send(Json.object().put("op", "hello").put("error", "this harness speaks protocol 1 only; the first line is not a protocol 1 hello: " + excerpt(line)));
          return 1;
        }
        limits = Limits.from(message.get("limits"));
        send(Hello.of(entry));
        greeted = true;
      } else if (message == null) {
        logs.println("harness: ignoring a line that is not a JSON object: " + excerpt(line));
      } else if ("stop".equals(op)) {
        return 0;
      } else if ("run".equals(op)) {
        send(results(message));
      } else {
        logs.println("harness: ignoring op " + op);
      }
    }
    return 0; // the end of input means stop
  }

  private ObjectNode results(JsonNode run) {
    ObjectNode results = Json.object().put("op", "results");
    results.set("id", run.get("id"));
    ArrayNode answers = results.putArray("results");
    for (JsonNode c : run.path("cases")) {
      ObjectNode answer = limits.bound(answer(c));
      ObjectNode result = Json.object();
      result.set("id", c.get("id"));
      answers.add(result.setAll(answer));
    }
    return results;
  }

  /** One case; whatever it throws is contained to it: the SDK's refusals are rejected, anything else errored. */
  private ObjectNode answer(JsonNode c) {
    String operation = c.path("operation").asText(""), shapeName = c.path("shape").asText("");
    try {
      Shape shape = entry.shape(shapeName);
      if (operation.equals("decode") && shape != null && c.path("input").isTextual()) {
        String input = c.get("input").textValue();
        String reason = entry.unservable(input);
        return reason != null ? Results.skipped(reason) : entry.decode(shape, input);
      }
      if (operation.equals("stream") && entry.streams() && c.path("chunks").isArray()) {
        List<byte[]> chunks = new ArrayList<>();
        for (JsonNode chunk : c.get("chunks")) {
          try {
            chunks.add(Base64.getDecoder().decode(chunk.asText()));
          } catch (IllegalArgumentException e) {
            return Results.errored("harness: a chunk is not base64: " + e.getMessage());
          }
        }
        return entry.stream(chunks);
      }
      return Results.skipped("not declared at entry " + entry.name + ": operation \"" + operation + "\", shape \"" + shapeName + "\"");
    } catch (Throwable error) {
      if (Results.isRejection(error)) return Results.rejected(error);
      logs.println("harness: case " + c.path("id").asText() + " failed:");
      error.printStackTrace(logs);
      return Results.errored(Results.describe(error));
    }
  }

  private JsonNode parse(byte[] line) {
    try {
      JsonNode node = Json.MAPPER.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private void send(ObjectNode message) throws IOException {
    out.write(Json.MAPPER.writeValueAsBytes(message));
    out.write('\n');
    out.flush();
  }

  private static String excerpt(byte[] line) {
    String text = new String(line, 0, Math.min(line.length, 200), java.nio.charset.StandardCharsets.UTF_8);
    return Json.MAPPER.valueToTree(text).toString();
  }
}
