package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.error.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The shared --threads/--progress options, parsed by picocli as a command that mixes them in parses them. */
class RunOptionsTest {
  @Command(name = "t")
  static final class Host {
    @Mixin RunOptions run;
  }

  private static RunOptions parse(String... args) {
    Host h = new Host();
    new CommandLine(h).parseArgs(args);
    return h.run;
  }

  @Test
  void progressFlagTurnsTheBarOnAndOffWhateverTheTerminal() {
    StringWriter err = new StringWriter();
    try (Progress on = parse("--progress").bar(new PrintWriter(err), "articles", 2)) {
      assertTrue(on.enabled());
      on.step();
    }
    assertTrue(err.toString().contains("] 1/2  50%"), err::toString);
    StringWriter none = new StringWriter();
    try (Progress off = parse("--no-progress").bar(new PrintWriter(none), "articles", 2)) {
      assertFalse(off.enabled());
      off.step(2);
    }
    assertEquals("", none.toString());
  }

  @Test
  void withoutAFlagTheBarIsOnOnlyOnATerminal() {
    try (Progress p = parse().bar(new PrintWriter(new StringWriter()), "articles", -1)) {
      assertEquals(System.console() != null, p.enabled());
    }
  }

  @Test
  void threadsDefaultToTheEngineAndAreCheckedAgainst1To64() {
    assertEquals(Engine.threads(), parse().workers());
    assertEquals(3, parse("--threads", "3").workers());
    ConfigException e = assertThrows(ConfigException.class, () -> parse("--threads", "0").workers());
    assertEquals("--threads must be in 1..64 but was 0", e.getMessage());
  }
}
