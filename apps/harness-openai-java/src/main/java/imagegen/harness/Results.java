package imagegen.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIServiceException;

/** The results a case can have (protocol v1), and which exceptions are the SDK refusing its input. */
final class Results {
  private Results() {}

  static ObjectNode ok(ObjectNode value) {
    return Json.object().put("status", "ok").setAll(value);
  }

  static ObjectNode rejected(Throwable error) {
    return Json.object().put("status", "rejected").put("message", describe(error));
  }

  static ObjectNode skipped(String reason) {
    return Json.object().put("status", "skipped").put("reason", reason);
  }

  static ObjectNode errored(String message) {
    return Json.object().put("status", "errored").put("message", message);
  }

  /**
   * The SDK's own refusals: its JSON mapper failing to read the text (Jackson's exceptions), validate() or a getter
   * finding a value of the wrong type, the client failing to read a body or a stream (OpenAIInvalidDataException), a
   * stream's error event (SseException, an OpenAIServiceException). Anything else is unexpected: errored.
   */
  static boolean isRejection(Throwable error) {
    return error instanceof JsonProcessingException || error instanceof OpenAIInvalidDataException || error instanceof OpenAIServiceException;
  }

  /** One line: each exception of the chain as its type and message. */
  static String describe(Throwable error) {
    StringBuilder line = new StringBuilder();
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (line.length() > 0) line.append(" | caused by ");
      line.append(e.getClass().getSimpleName());
      if (e.getMessage() != null) line.append(": ").append(e.getMessage());
    }
    return line.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
