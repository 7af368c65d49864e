package imagegen.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;

/** One value the SDK handed back, as the protocol reports it: its output and what came back. */
final class Values {
  private Values() {}

  /**
   * value written by the SDK's own serialiser (jsonMapper().writeValueAsString, what sends it back to the API), with
   * cameBack (received/type) and the enum values the SDK marked unknown. null (the mapper read JSON null) is raw.
   */
  static ObjectNode of(Object value, ObjectNode cameBack) throws Exception {
    if (value == null) return Json.object().put("output", "null").put("received", "raw");
    ObjectNode result = Json.object().put("output", ObjectMappers.jsonMapper().writeValueAsString(value));
    result.setAll(cameBack);
    var unrecognized = Unrecognized.pointers(value);
    if (!unrecognized.isEmpty()) unrecognized.forEach(result.putArray("unrecognized")::add);
    return result;
  }
}
