package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tense-tagging rules are removed from SUTime's English rules, and nothing else. */
class SutimeRulesTest {
  @Test
  void removesEachTenseTagRuleButKeepsTheRulesAroundIt() {
    String rules = "  { pattern: ( /x/ ), result: Foo }\n"
        + "  {  pattern: ( [ { tag:/VBD/ } | /had/ ] []{0,2} [ $t ] ),\n"
        + "     action: VTag( $0[-1].temporal.value, \"resolveTo\", RESOLVE_TO_PAST )\n  }\n"
        + "  { pattern: ( /y/ ), action: Bar( $0 ) }\n";
    assertEquals(1, SutimeRules.tenseTagRules(rules));
    String out = SutimeRules.withoutTenseTags(rules);
    assertFalse(out.contains("resolveTo"), out);
    assertTrue(out.contains("{ pattern: ( /x/ ), result: Foo }"), out);
    assertTrue(out.contains("{ pattern: ( /y/ ), action: Bar( $0 ) }"), out);
  }

  @Test
  void theCoreNlpRuleFileLosesItsFourTenseTagRules() throws IOException {
    String english;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SutimeRules.ENGLISH)) {
      english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(4, SutimeRules.tenseTagRules(english));
    String filtered = SutimeRules.withoutTenseTags(english);
    assertFalse(filtered.contains("\"resolveTo\""));
    String[] files = SutimeRules.property().split(",");
    assertEquals(3, files.length);
    assertEquals(filtered, Files.readString(Path.of(files[1]), StandardCharsets.UTF_8));
  }
}
