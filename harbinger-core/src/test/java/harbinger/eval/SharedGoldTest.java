package harbinger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import harbinger.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads the development gold sets when the project's shared folder is present; skipped otherwise. */
class SharedGoldTest {
  private static Optional<Path> goldDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path gold = dir.resolve("shared").resolve("gold");
      if (Files.isDirectory(gold)) return Optional.of(gold);
    }
    return Optional.empty();
  }

  private static Path file(EvalKind kind) {
    Optional<Path> dir = goldDir();
    assumeTrue(dir.isPresent(), "no shared/gold folder");
    Path f = dir.get().resolve(kind.fileName());
    assumeTrue(Files.isRegularFile(f), "no " + f);
    return f;
  }

  @Test
  void readsEveryRecordOfTheSentenceSets() {
    assertEquals(166, GoldReader.plover(file(EvalKind.PLOVER)).size());
    assertEquals(157, GoldReader.cameo(file(EvalKind.CAMEO)).size());
    assertEquals(1860, GoldReader.m2e2(file(EvalKind.M2E2)).size());
  }

  @Test
  void timexOffsetsPointAtTheirWords() {
    for (TimexArticle a : GoldReader.timex(file(EvalKind.TIMEX))) {
      for (TimexArticle.GoldTimex t : a.timexes()) assertEquals(t.text(), a.text().substring(t.span().start(), t.span().end()), a.id() + " " + t.tid());
    }
  }

  @Test
  void attributionSourceOffsetsPointAtTheirWords() {
    int scorable = 0;
    for (QuoteArticle a : GoldReader.quotes(file(EvalKind.QUOTES))) {
      for (QuoteArticle.GoldAttribution g : a.attributions()) {
        if (!g.scorable()) continue;
        scorable++;
        String joined = String.join(" ", g.source().stream().map((Span s) -> a.text().substring(s.start(), s.end())).toList());
        assertEquals(g.sourceText(), joined, a.id() + " " + g.id());
      }
    }
    assertEquals(507, scorable);
  }
}
