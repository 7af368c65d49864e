package imagegen.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;

/** The SDK's JSON mapper called directly, as users parse a stored or forwarded value: readValue, optionally followed by validate(). */
final class HelperEntry extends Entry {
  private final boolean validate;

  private HelperEntry(String name, String calls, boolean validate) {
    super(name, "helper", calls, Shape.ALL);
    this.validate = validate;
  }

  static HelperEntry readValue() {
    return new HelperEntry("readValue", "ObjectMappers.jsonMapper().readValue(input, T.class) with T the shape's SDK type (an exception is a rejection), "
        + "and readValue of the same text into the union a response or a stream holds T in (ResponseOutputItem, ResponseStreamEvent), whose "
        + "accept(visitor) says what came back; no validate(); the output is jsonMapper().writeValueAsString of the T value", false);
  }

  static HelperEntry validate() {
    return new HelperEntry("validate", "ObjectMappers.jsonMapper().readValue(input, T.class).validate() with T the shape's SDK type (an exception "
        + "of either is a rejection), and readValue of the same text into the union a response or a stream holds T in (ResponseOutputItem, "
        + "ResponseStreamEvent), whose accept(visitor) says what came back; the output is jsonMapper().writeValueAsString of the T value", true);
  }

  /** validate() calls known() on the status and the other enums it checks (not size: it reads it only as a string). */
  @Override
  String enums() {
    return validate ? "closed" : "open";
  }

  @Override
  ObjectNode decode(Shape shape, String input) throws Exception {
    Object value = ObjectMappers.jsonMapper().readValue(input, shape.type());
    Object union = shape.union() == null ? null : ObjectMappers.jsonMapper().readValue(input, shape.union());
    if (validate && value != null) shape.validate().accept(value); // null (JSON null) has no validate(): it is reported raw, as read
    ObjectNode cameBack = union == null ? Json.object() : Received.cameBack(union, shape.type());
    return Results.ok(Values.of(value, cameBack));
  }
}
