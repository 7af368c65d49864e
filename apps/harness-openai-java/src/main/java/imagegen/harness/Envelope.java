package imagegen.harness;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The response a decode case's input is served in, the same for every harness, and why an input cannot sit in it unchanged. */
final class Envelope {
  private Envelope() {}

  // The SDK's Response model enforces none of its fields, so it needs no more.
  private static final String HEAD = "{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":0,\"status\":\"completed\",\"model\":\"gpt-5\",\"output\":[";
  private static final String TAIL = "]}";

  /** The body: the input verbatim as the one element of the response's output list. */
  static byte[] around(String input) {
    return (HEAD + input + TAIL).getBytes(StandardCharsets.UTF_8);
  }

  // The reasons, word for word as core's unservableReasons: the runner checks a skip against its own reading.
  static final String BYTE_ORDER_MARK = "a byte-order mark cannot sit inside a response envelope";
  static final String NOT_ONE_VALUE = "not one JSON value: inside an envelope it would be read as something else";
  static final String LONE_SURROGATE = "an unpaired surrogate has no UTF-8 bytes: the served body would carry U+FFFD in its place";

  /** Why input cannot sit unchanged inside the envelope, or null when it can. */
  static String unservable(String input) {
    if (input.startsWith("\uFEFF")) return BYTE_ORDER_MARK;
    if (!oneJsonValue(input)) return NOT_ONE_VALUE;
    if (hasLoneSurrogate(input)) return LONE_SURROGATE;
    return null;
  }

  /**
   * Whether input is exactly one JSON value with whitespace around it (an RFC 8259 JSON-text), read as core reads it: Jackson's
   * tokenizer with no extension and no size limit (a value deeper than the SDK's mapper reads is still one value it is
   * served), and no number beyond a double's range (core's reader refuses 1e400, which a double cannot hold).
   */
  static boolean oneJsonValue(String input) {
    try (JsonParser tokens = Json.FACTORY.createParser(input)) {
      int depth = 0;
      do {
        JsonToken token = tokens.nextToken();
        if (token == null) return false;
        if (token.isStructStart()) depth++;
        else if (token.isStructEnd()) depth--;
        else if (token.isNumeric() && !Double.isFinite(Double.parseDouble(tokens.getText()))) return false;
      } while (depth > 0);
      return tokens.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return true;
    }
    return false;
  }
}
