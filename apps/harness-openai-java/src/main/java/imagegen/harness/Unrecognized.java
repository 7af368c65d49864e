package imagegen.harness;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.openai.core.Enum;
import com.openai.core.JsonField;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Pointers of the enum values the SDK itself marks unknown: an SDK enum (com.openai.core.Enum) whose value()
 * is Value._UNKNOWN (its known() throws). Walks the value as the SDK typed it: each @JsonProperty accessor of a
 * model, each element of a list, the variant of a union; what the SDK kept as a raw JsonValue is not walked.
 */
final class Unrecognized {
  private Unrecognized() {}

  static List<String> pointers(Object value) throws ReflectiveOperationException {
    List<String> found = new ArrayList<>();
    walk(value, "", found);
    return found;
  }

  /** A model's @JsonProperty accessor returning a JsonField, and its pointer token ("/" and the escaped wire name). */
  private record Property(Method accessor, String token) {}

  // Per class, once: getMethods() copies every method on each call.
  private static final ClassValue<List<Property>> PROPERTIES = new ClassValue<>() {
    @Override
    protected List<Property> computeValue(Class<?> type) {
      List<Property> properties = new ArrayList<>();
      for (Method accessor : type.getMethods()) {
        JsonProperty property = accessor.getAnnotation(JsonProperty.class);
        if (property != null && accessor.getParameterCount() == 0 && JsonField.class.isAssignableFrom(accessor.getReturnType())) {
          properties.add(new Property(accessor, "/" + property.value().replace("~", "~0").replace("/", "~1")));
        }
      }
      return properties;
    }
  };

  private static void walk(Object value, String pointer, List<String> found) throws ReflectiveOperationException {
    if (value instanceof JsonField<?> field) {
      if (field.asKnown().isPresent()) walk(field.asKnown().get(), pointer, found); // a KnownValue: the SDK's type
    } else if (value instanceof Enum) {
      if (((java.lang.Enum<?>) value.getClass().getMethod("value").invoke(value)).name().equals("_UNKNOWN")) found.add(pointer);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) walk(list.get(i), pointer + "/" + i, found);
    } else if (value != null && value.getClass().getName().startsWith("com.openai.models.")) {
      if (Received.isUnion(value)) {
        Object variant = Received.variant(value);
        if (variant != Received.UNKNOWN) walk(variant, pointer, found);
        return;
      }
      for (Property property : PROPERTIES.get(value.getClass())) walk(property.accessor.invoke(value), pointer + property.token, found);
    }
  }
}
