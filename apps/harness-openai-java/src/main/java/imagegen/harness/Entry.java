package imagegen.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** One public way into the SDK that users' code goes through; a harness process answers for one. */
abstract class Entry {
  final String name;
  final String kind;
  final String calls;
  final List<Shape> shapes;

  Entry(String name, String kind, String calls, List<Shape> shapes) {
    this.name = name;
    this.kind = kind;
    this.calls = calls;
    this.shapes = shapes;
  }

  /** Reads one decode case's input as shape; a result without its id. */
  abstract ObjectNode decode(Shape shape, String input) throws Exception;

  /** Why the input cannot reach this entry's call unchanged, or null. */
  String unservable(String input) {
    return null;
  }

  /** profile.enums: "open" unless the entry refuses enum values the SDK does not know. */
  String enums() {
    return "open";
  }

  /** Whether the entry reads streams. */
  boolean streams() {
    return false;
  }

  /** Reads one stream, each chunk handed over as one read; a result without its id. */
  ObjectNode stream(List<byte[]> chunks) throws Exception {
    throw new UnsupportedOperationException("entry " + name + " reads no stream");
  }

  Shape shape(String name) {
    for (Shape shape : shapes) {
      if (shape.name().equals(name)) return shape;
    }
    return null;
  }

  List<String> operations() {
    List<String> operations = new ArrayList<>();
    if (!shapes.isEmpty()) operations.add("decode");
    if (streams()) operations.add("stream");
    return operations;
  }
}
