package imagegen.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** stdin split on '\n' only: a '\r' inside a line is JSON whitespace, never a line end (BufferedReader would split there). */
final class Lines {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int at;
  private int end;

  Lines(InputStream in) {
    this.in = in;
  }

  /** The next line without its '\n', or null at the end of input (a last line without '\n' still counts). */
  byte[] next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (;;) {
      if (at == end) {
        end = in.read(buffer);
        at = 0;
        if (end <= 0) {
          end = 0;
          return line.size() == 0 ? null : line.toByteArray();
        }
      }
      int start = at;
      while (at < end && buffer[at] != '\n') at++;
      line.write(buffer, start, at - start);
      if (at < end) {
        at++; // the '\n'
        return line.toByteArray();
      }
    }
  }

  /** Empty, or spaces, tabs and '\r' only: no message. */
  static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') return false;
    }
    return true;
  }
}
