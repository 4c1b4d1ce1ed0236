package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static LineReader reader(String s, int max) {
    return new LineReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max);
  }

  private static String str(LineReader.Line l) { return new String(l.bytes(), StandardCharsets.UTF_8); }

  @Test
  void splitsOnLfAndDropsCr() throws IOException {
    LineReader r = reader("one\r\ntwo\n\nthree", 100);
    assertEquals("one", str(r.next()));
    assertEquals("two", str(r.next()));
    LineReader.Line blank = r.next();
    assertEquals(3, blank.number());
    assertTrue(blank.isBlank());
    LineReader.Line last = r.next();
    assertEquals("three", str(last));
    assertEquals(4, last.number());
    assertNull(r.next());
  }

  @Test
  void finalNewlineDoesNotMakeAnExtraLine() throws IOException {
    LineReader r = reader("a\n", 10);
    assertEquals("a", str(r.next()));
    assertNull(r.next());
    assertNull(reader("", 10).next());
  }

  @Test
  void skipsTheRestOfAnOverlongLineAndCountsIt() throws IOException {
    String longLine = "x".repeat(200_000);
    LineReader r = reader("ok\n" + longLine + "\nafter\n", 1000);
    assertEquals("ok", str(r.next()));
    LineReader.Line skipped = r.next();
    assertNull(skipped.bytes());
    assertEquals(200_000, skipped.length());
    assertEquals(2, skipped.number());
    LineReader.Line after = r.next();
    assertArrayEquals("after".getBytes(StandardCharsets.UTF_8), after.bytes());
    assertEquals(3, after.number());
  }

  @Test
  void keepsALineOfExactlyTheLimit() throws IOException {
    LineReader.Line l = reader("abcde\n", 5).next();
    assertEquals("abcde", str(l));
  }
}
