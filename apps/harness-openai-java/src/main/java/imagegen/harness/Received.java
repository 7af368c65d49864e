package imagegen.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.JsonField;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputItemAddedEvent;
import com.openai.models.responses.ResponseOutputItemDoneEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

/** What user code is handed by one of the SDK's unions (ResponseOutputItem, ResponseStreamEvent), as received/type fields. */
final class Received {
  private Received() {}

  /** What a union's visitor is called with when it holds no known variant: unknown(json), the SDK's catch-all. */
  static final Object UNKNOWN = new Object();

  /** Whether value is one of the SDK's unions: a class with accept(Visitor). */
  static boolean isUnion(Object value) {
    return accept(value.getClass()) != null;
  }

  /**
   * The variant a union holds, as its own accept(visitor) hands it over: the visitor is a proxy of the union's
   * Visitor interface that returns what each visitX is called with, and UNKNOWN from unknown(json).
   */
  static Object variant(Object union) throws ReflectiveOperationException {
    Method accept = accept(union.getClass());
    Class<?> visitor = accept.getParameterTypes()[0];
    Object proxy = Proxy.newProxyInstance(visitor.getClassLoader(), new Class<?>[] {visitor}, (self, method, args) -> switch (method.getName()) {
      case "unknown" -> UNKNOWN;
      case "hashCode" -> System.identityHashCode(self);
      case "equals" -> self == args[0];
      case "toString" -> "variant visitor";
      default -> args[0];
    });
    try {
      return accept.invoke(union, proxy);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? new ReflectiveOperationException(cause) : e;
    }
  }

  private static Method accept(Class<?> type) {
    return ACCEPT.get(type).orElse(null);
  }

  // Per class, once: getMethods() copies every method of a union of a hundred variants on each call.
  private static final ClassValue<Optional<Method>> ACCEPT = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      for (Method method : type.getMethods()) {
        Class<?>[] parameters = method.getParameterTypes();
        if (method.getName().equals("accept") && parameters.length == 1 && parameters[0].getSimpleName().equals("Visitor")
            && parameters[0].getEnclosingClass() == type) return Optional.of(method);
      }
      return Optional.empty();
    }
  };

  /**
   * received/type for what a union holds: nothing added for the declared variant (declared null: any variant, as for
   * each event of a stream, whose declared type is the one its own type names); "unknown" for unknown(json); "other"
   * and its type for another variant. An output_item event carries an item, itself a union, read the same way one
   * level down: the catalogue's output_item shapes are about the image_generation_call item they carry.
   */
  static ObjectNode cameBack(Object union, Class<?> declared) throws ReflectiveOperationException {
    Object variant = variant(union);
    if (variant == UNKNOWN) return Json.object().put("received", "unknown");
    if (declared != null && variant.getClass() != declared) return other(variant.getClass().getCanonicalName());
    JsonField<ResponseOutputItem> item = variant instanceof ResponseOutputItemAddedEvent added ? added._item()
        : variant instanceof ResponseOutputItemDoneEvent done ? done._item() : null;
    if (item == null || item.asKnown().isEmpty()) return Json.object(); // no item, or not one: item() throws, the output shows which
    Object inner = variant(item.asKnown().get());
    if (inner == UNKNOWN) return Json.object().put("received", "unknown");
    if (inner instanceof ResponseOutputItem.ImageGenerationCall) return Json.object();
    return other(variant.getClass().getCanonicalName() + "{item: " + inner.getClass().getCanonicalName() + "}");
  }

  private static ObjectNode other(String type) {
    return Json.object().put("received", "other").put("type", type);
  }
}
