package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.error.DictionaryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cue lexicon file: families spanning lines, particle families by verb, and file:line errors. */
class CueWordsTest {
  private static CueWords parse(String text) throws IOException {
    return CueWords.parse(DataFile.read("cues.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void aFamilyMaySpanSeveralLines() throws IOException {
    CueWords w = parse("# comment\nreporting\tsay tell\nreporting\twarn\nstance\tback\n");
    assertEquals(Set.of("say", "tell", "warn"), w.family("reporting"));
    assertEquals(Set.of("back"), w.family("stance"));
    assertTrue(w.family("naming").isEmpty());
  }

  @Test
  void particleFamiliesListTheirParticlesByVerb() throws IOException {
    CueWords w = parse("prepositional\tcall\tfor on\nprepositional\tcall\tagainst\nphrasal\tpoint\tout\n");
    assertEquals(Set.of("for", "on", "against"), w.particles("prepositional").get("call"));
    assertEquals(Set.of("out"), w.particles("phrasal").get("point"));
  }

  @Test
  void anUnknownFamilyIsReportedWithItsFileAndLine() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> parse("reporting\tsay\nreportng\ttell\n"));
    assertTrue(e.getMessage().startsWith("cues.tsv:2:"), e.getMessage());
  }

  @Test
  void aParticleLineWithoutItsParticlesIsAnError() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> parse("prepositional\tcall\n"));
    assertTrue(e.getMessage().startsWith("cues.tsv:1:"), e.getMessage());
  }

  @Test
  void theDefaultFileHoldsTheCoreReportingVerbs() {
    assertTrue(CueWords.defaults().family("reporting").containsAll(Set.of("say", "tell", "warn", "deny")));
    assertTrue(CueWords.defaults().particles("prepositional").get("call").contains("for"));
  }
}
