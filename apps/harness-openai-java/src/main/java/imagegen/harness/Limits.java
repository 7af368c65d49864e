package imagegen.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The runner's limits, from its hello; the schema's defaults for any it did not send as a positive integer. */
record Limits(long maxLine, long maxMessage, long maxOutput) {
  static final Limits DEFAULT = new Limits(64L << 20, 64L << 10, 16L << 20);

  static Limits from(JsonNode sent) {
    return new Limits(pick(sent, "max_line_bytes", DEFAULT.maxLine), pick(sent, "max_message_bytes", DEFAULT.maxMessage),
        pick(sent, "max_output_bytes", DEFAULT.maxOutput));
  }

  private static long pick(JsonNode sent, String name, long fallback) {
    JsonNode value = sent == null ? null : sent.get(name);
    return value != null && value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0 ? value.longValue() : fallback;
  }

  /** The UTF-8 size the runner measures: a lone surrogate counts 3, as the U+FFFD it reads it as. */
  static long utf8Size(String s) {
    long size = 0;
    for (int i = 0; i < s.length(); i += width(s, i)) size += bytes(s, i);
    return size;
  }

  /** The UTF-16 units of the character at i: 2 for a surrogate pair, else 1. */
  private static int width(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
  }

  /** The UTF-8 bytes of the character at i. */
  private static int bytes(String s, int i) {
    char c = s.charAt(i);
    return c < 0x80 ? 1 : c < 0x800 ? 2 : width(s, i) == 2 ? 4 : 3;
  }

  /** s cut to at most limit UTF-8 bytes on a character boundary, saying so and how long it was. */
  static String truncate(String s, long limit) {
    long size = utf8Size(s);
    if (size <= limit) return s;
    String suffix = "…(truncated, " + size + " bytes in all)";
    long room = Math.max(0, limit - utf8Size(suffix));
    int cut = 0;
    for (long used = 0; cut < s.length() && used + bytes(s, cut) <= room; cut += width(s, cut)) used += bytes(s, cut);
    return s.substring(0, cut) + suffix;
  }

  /** result within the limits: an output over maxOutput makes the case errored, saying its size; a message or reason over maxMessage is cut. */
  ObjectNode bound(ObjectNode result) {
    JsonNode output = result.get("output");
    if (output != null && output.isTextual() && utf8Size(output.textValue()) > maxOutput) {
      result = errored("the output was " + utf8Size(output.textValue()) + " bytes, over the runner's limit of " + maxOutput + " (limits.max_output_bytes)");
    }
    JsonNode events = result.get("events");
    for (int i = 0; events != null && i < events.size(); i++) {
      JsonNode text = events.get(i).get("output");
      if (text != null && utf8Size(text.textValue()) > maxOutput) {
        result = errored("the output of event " + i + " was " + utf8Size(text.textValue()) + " bytes, over the runner's limit of " + maxOutput
            + " (limits.max_output_bytes)");
        break;
      }
    }
    for (String key : new String[] {"message", "reason"}) {
      JsonNode text = result.get(key);
      if (text != null && text.isTextual()) result.put(key, truncate(text.textValue(), maxMessage));
    }
    return result;
  }

  private static ObjectNode errored(String message) {
    return Json.object().put("status", "errored").put("message", message);
  }
}
