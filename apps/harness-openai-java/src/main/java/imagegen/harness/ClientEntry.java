package imagegen.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.LogLevel;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseStreamEvent;
import java.util.Iterator;
import java.util.List;

/** The entry a verdict about the SDK rests on: a user's OpenAIClient over a transport that serves the case's bytes. */
final class ClientEntry extends Entry {
  static final String CALLS = "client.responses().create(params) for items and client.responses().createStreaming(params) for streams, on "
      + "new OpenAIClientImpl(ClientOptions.builder().httpClient(mock).apiKey(...).baseUrl(...).maxRetries(0).logLevel(LogLevel.OFF).build()), "
      + "where mock implements the SDK's com.openai.core.http.HttpClient and answers with the case's bytes, never dialling: a decode case's input "
      + "verbatim as the one element of a response's output list (application/json); a stream's chunks as a text/event-stream body, one per read. "
      + "What came back for an item is response.output().get(0), the ResponseOutputItem union (its accept(visitor) says which variant), "
      + "written back with jsonMapper().writeValueAsString; no validate() (the client's default, responseValidation false)";

  private final MockedHttpClient transport = new MockedHttpClient();
  // The base URL is a reserved name that never resolves and the log level is fixed, so no OPENAI_* variable of the environment changes a call.
  private final OpenAIClient client = new OpenAIClientImpl(ClientOptions.builder().httpClient(transport).apiKey("mocked")
      .baseUrl("https://mocked.invalid/v1").maxRetries(0).logLevel(LogLevel.OFF).build());
  private static final ResponseCreateParams PARAMS = ResponseCreateParams.builder().model("gpt-5").input("Draw a fox.").build();

  ClientEntry() {
    super("client", "client", CALLS, Shape.ITEMS);
  }

  @Override
  String unservable(String input) {
    return Envelope.unservable(input);
  }

  @Override
  ObjectNode decode(Shape shape, String input) throws Exception {
    transport.serve("application/json", List.of(Envelope.around(input)));
    List<ResponseOutputItem> output = client.responses().create(PARAMS).output();
    if (output.isEmpty()) return Json.object().put("status", "ok").put("received", "nothing");
    ResponseOutputItem item = output.get(0);
    return Results.ok(Values.of(item, item == null ? null : Received.cameBack(item, ResponseOutputItem.ImageGenerationCall.class)));
  }

  @Override
  boolean streams() {
    return true;
  }

  /** Every event the stream yields, in order; a refusal keeps the events yielded before it. */
  @Override
  ObjectNode stream(List<byte[]> chunks) throws Exception {
    transport.serve("text/event-stream", chunks);
    ArrayNode events = Json.MAPPER.createArrayNode();
    try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(PARAMS)) {
      for (Iterator<ResponseStreamEvent> it = stream.stream().iterator(); it.hasNext();) {
        ResponseStreamEvent event = it.next();
        events.add(Values.of(event, event == null ? null : Received.cameBack(event, null)));
      }
    } catch (RuntimeException e) {
      if (!Results.isRejection(e)) throw e;
      ObjectNode rejected = Results.rejected(e);
      rejected.set("events", events);
      return rejected;
    }
    ObjectNode ok = Json.object().put("status", "ok");
    ok.set("events", events);
    return ok;
  }
}
