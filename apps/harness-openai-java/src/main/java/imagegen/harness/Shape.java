package imagegen.harness;

import com.openai.models.responses.ResponseImageGenCallCompletedEvent;
import com.openai.models.responses.ResponseImageGenCallGeneratingEvent;
import com.openai.models.responses.ResponseImageGenCallInProgressEvent;
import com.openai.models.responses.ResponseImageGenCallPartialImageEvent;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputItemAddedEvent;
import com.openai.models.responses.ResponseOutputItemDoneEvent;
import com.openai.models.responses.ResponseStreamEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * A catalogue shape and the SDK type it is read as; union is the SDK union a response or a stream holds that type in
 * (null for the status, which sits in an item), and validate the type's own validate().
 */
record Shape(String name, Class<?> type, Class<?> union, Consumer<Object> validate) {
  private static <T> Shape of(String name, Class<T> type, Class<?> union, Consumer<T> validate) {
    return new Shape(name, type, union, value -> validate.accept(type.cast(value)));
  }

  private static Shape item(String name) {
    return of(name, ResponseOutputItem.ImageGenerationCall.class, ResponseOutputItem.class, ResponseOutputItem.ImageGenerationCall::validate);
  }

  /** The item shapes: what response.output holds, and so all the client entry's decode reads. */
  static final List<Shape> ITEMS = List.of(
      item("ImageGenToolCall"), item("OutputImageGenerationCallItem"), item("OutputItemImageGenerationCall"), item("ResponseOutputItemImageGenerationCall"));

  static final List<Shape> ALL = List.of(
      ITEMS.get(0), ITEMS.get(1), ITEMS.get(2), ITEMS.get(3),
      of("ImageGenCallInProgressEvent", ResponseImageGenCallInProgressEvent.class, ResponseStreamEvent.class, ResponseImageGenCallInProgressEvent::validate),
      of("ImageGenCallGeneratingEvent", ResponseImageGenCallGeneratingEvent.class, ResponseStreamEvent.class, ResponseImageGenCallGeneratingEvent::validate),
      of("ImageGenCallPartialImageEvent", ResponseImageGenCallPartialImageEvent.class, ResponseStreamEvent.class,
          ResponseImageGenCallPartialImageEvent::validate),
      // OpenAI's SDK-declared reading of the same event: the same Java type.
      of("ResponseImageGenCallPartialImageEvent", ResponseImageGenCallPartialImageEvent.class, ResponseStreamEvent.class,
          ResponseImageGenCallPartialImageEvent::validate),
      of("ImageGenCallCompletedEvent", ResponseImageGenCallCompletedEvent.class, ResponseStreamEvent.class, ResponseImageGenCallCompletedEvent::validate),
      of("ResponseOutputItemAddedEvent", ResponseOutputItemAddedEvent.class, ResponseStreamEvent.class, ResponseOutputItemAddedEvent::validate),
      of("ResponseOutputItemDoneEvent", ResponseOutputItemDoneEvent.class, ResponseStreamEvent.class, ResponseOutputItemDoneEvent::validate),
      of("ImageGenToolCallStatus", ResponseOutputItem.ImageGenerationCall.Status.class, null, ResponseOutputItem.ImageGenerationCall.Status::validate));

  /** The name hello declares: the Java type as a user's code names it. */
  String typeName() {
    return type.getCanonicalName();
  }
}
