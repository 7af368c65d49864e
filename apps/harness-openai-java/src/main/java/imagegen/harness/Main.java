package imagegen.harness;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Puts com.openai:openai-java-core in front of the imagegen-conformance runner, speaking harness protocol v1 (NDJSON
 * over stdio; docs/protocol.md, README.md) for the one entry named on its command line.
 */
public final class Main {
  private Main() {}

  /** The entries by the name the harness is started with; each built only when chosen (the client starts a client). */
  private static final Map<String, Supplier<Entry>> ENTRIES = Map.of("client", ClientEntry::new, "readValue", HelperEntry::readValue, "validate",
      HelperEntry::validate);

  public static void main(String[] args) throws Exception {
    OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintStream logs = System.err;
    System.setOut(logs); // a stray print, the SDK's or a library's, cannot reach the protocol stream
    if (args.length == 1 && args[0].equals("--entries")) {
      protocol.write(Json.MAPPER.writeValueAsBytes(Hello.entries(ENTRIES.keySet().stream().sorted().map(name -> ENTRIES.get(name).get()).toList())));
      protocol.write('\n');
      protocol.flush();
      System.exit(0);
    }
    if (args.length != 1 || !ENTRIES.containsKey(args[0])) {
      logs.println("usage: harness --entries | <entry>, the entry one of: client, readValue, validate (got " + (args.length == 0 ? "none" : String.join(" ", args)) + ")");
      System.exit(2);
    }
    int code = new Loop(ENTRIES.get(args[0]).get(), protocol, logs).serve(System.in);
    logs.flush();
    System.exit(code); // exits with the SDK's threads, if any were started
  }
}
