package imagegen.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.Properties;

/** The harness's hello (protocol v1) for one entry. */
final class Hello {
  private Hello() {}

  static final String SDK = "com.openai:openai-java-core";

  /**
   * Runs the runner may send before the first is answered. True of any number: the loop reads one line, answers it
   * and only then reads the next, so later runs wait in the pipe, answered in the order sent.
   */
  static final int IN_FLIGHT = 4;

  /**
   * The one line `sweep` asks a release harness for (`--entries`): the SDK's version as it reports itself, every
   * entry (a release that lacks what the harness calls does not compile, so each entry of a built one is there) and
   * each catalogue shape with the SDK type it is read as.
   */
  static ObjectNode entries(java.util.List<Entry> entries) {
    ObjectNode answer = Json.object().put("release", Properties.getPackageVersion());
    ObjectNode shapes = Json.object();
    var found = answer.putArray("entries");
    for (Entry entry : entries) {
      found.addObject().put("name", entry.name).put("available", true);
      entry.shapes.forEach(shape -> shapes.put(shape.name(), shape.typeName()));
    }
    answer.set("shapes", shapes);
    return answer;
  }

  static ObjectNode of(Entry entry) {
    ObjectNode hello = Json.object().put("op", "hello").put("protocol", 1);
    // The version the loaded SDK reports of itself (its jar's Implementation-Version), the one it sends as X-Stainless-Package-Version.
    ObjectNode implementation = hello.putObject("implementation").put("name", SDK).put("language", "java").put("version", Properties.getPackageVersion())
        .put("homepage", "https://github.com/openai/openai-java");
    implementation.putObject("entry").put("name", entry.name).put("kind", entry.kind).put("calls", entry.calls);
    ObjectNode capabilities = hello.putObject("capabilities");
    entry.operations().forEach(capabilities.putArray("operations")::add);
    ObjectNode shapes = capabilities.putObject("shapes");
    entry.shapes.forEach(shape -> shapes.put(shape.name(), shape.typeName()));
    capabilities.put("batch", 256).put("in_flight", IN_FLIGHT).put("ordered", true);
    if (entry.streams()) capabilities.put("stream_events", "all"); // every event createStreaming yields, modelled or not
    hello.putObject("profile").put("unknown_fields", "preserve").put("null_vs_absent", "distinct").put("enums", entry.enums()).put("key_casing", "wire")
        .put("numbers", "exact");
    return hello;
  }
}
