package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter sink = new StringWriter();

  private Progress progress(long total, boolean enabled) {
    return new Progress(new PrintWriter(sink), "articles", total, enabled, now::get);
  }

  @Test
  void barShowsCountPercentRateAndTimeLeft() {
    Progress p = progress(40, true);
    for (int i = 0; i < 10; i++) p.step();
    now.set(5_000_000_000L);
    assertEquals("[#####...............] 10/40  25%  2.0 articles/s  0:15 left", p.line(now.get()));
  }

  @Test
  void unknownTotalShowsCountRateAndElapsedTime() {
    Progress p = progress(-1, true);
    for (int i = 0; i < 7; i++) p.step();
    assertEquals("7 articles  0.1 articles/s  1:10 elapsed", p.line(70_000_000_000L));
  }

  @Test
  void redrawsAtMostFiveTimesASecondAndEndsTheLine() {
    Progress p = progress(1000, true);
    for (int i = 0; i < 100; i++) {
      now.addAndGet(10_000_000L); // 10 ms per article: 1 s in all
      p.step();
    }
    p.close();
    String out = sink.toString();
    long draws = out.chars().filter(c -> c == '\r').count();
    assertTrue(draws >= 5 && draws <= 7, () -> draws + " draws: " + out);
    assertTrue(out.endsWith(System.lineSeparator()), out);
  }

  @Test
  void disabledProgressPrintsNothing() {
    try (Progress p = progress(10, false)) {
      for (int i = 0; i < 10; i++) p.step();
    }
    assertEquals("", sink.toString());
  }

  @Test
  void anErasedBarLeavesAnEmptyLineForWhatIsPrintedNext() {
    try (Progress p = progress(3, true)) {
      p.step();
      p.erase();
      p.step(2);
    }
    String out = sink.toString();
    assertTrue(out.startsWith("\r[######..............] 1/3"), out);
    assertTrue(out.endsWith("\u001b[K\r\u001b[K"), "erased, and nothing drawn or ended after: " + out);
  }

  @Test
  void aDisabledBarErasesNothing() {
    try (Progress p = progress(3, false)) {
      p.step();
      p.erase();
    }
    assertEquals("", sink.toString());
  }

  @Test
  void clockFormatsMinutesAndHours() {
    assertEquals("0:59", Progress.clock(59.4));
    assertEquals("1:01:05", Progress.clock(3665));
  }
}
