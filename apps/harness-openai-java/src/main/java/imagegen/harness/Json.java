package imagegen.harness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The protocol's own JSON, never the SDK's mapper: no size limits of its own, and ASCII-only output. */
final class Json {
  private Json() {}

  /**
   * Unbounded reads: a protocol line may carry a 64 MiB input or a deeply nested one, which Jackson's default limits
   * (20M-char strings, depth 1000) would refuse before the SDK saw it. ASCII output: a lone surrogate the SDK kept is
   * written as its escape, the only way to put it on a UTF-8 stdout.
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNestingDepth(Integer.MAX_VALUE)
          .build())
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
