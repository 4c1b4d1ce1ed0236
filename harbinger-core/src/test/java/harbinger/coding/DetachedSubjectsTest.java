package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reporting verbs the parser detached from their speaker, on a hand-built sentence with the analysis CoreNLP gives
 * such sentences ("A Gallup poll released on Monday showed him trailing the mayor by six points": "showed" an
 * auxiliary of "trailing", which hangs loose on "released"), so that the recovery is tested whatever the parser
 * version does with any one sentence.
 */
class DetachedSubjectsTest {
  private static final String[][] WORDS = {
      {"A", "a", "DT"}, {"Gallup", "Gallup", "NNP"}, {"poll", "poll", "NN"}, {"released", "release", "VBN"},
      {"on", "on", "IN"}, {"Monday", "Monday", "NNP"}, {"showed", "show", "VBD"}, {"him", "he", "PRP"},
      {"trailing", "trail", "VBG"}, {"the", "the", "DT"}, {"mayor", "mayor", "NN"}, {"by", "by", "IN"},
      {"six", "six", "CD"}, {"points", "point", "NNS"}, {".", ".", "."}};

  private static SentenceGraph graph(String showRelation) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < WORDS.length; i++) {
      tokens.add(new Token(i, WORDS[i][0], WORDS[i][1], WORDS[i][2], "O", null, at, at + WORDS[i][0].length()));
      text.append(WORDS[i][0]).append(' ');
      at += WORDS[i][0].length() + 1;
    }
    List<Dependency> deps = List.of(new Dependency("det", 2, 0), new Dependency("compound", 2, 1),
        new Dependency("nsubj", 3, 2), new Dependency("root", -1, 3), new Dependency("case", 5, 4),
        new Dependency("obl", 3, 5), new Dependency(showRelation, 8, 6), new Dependency("nsubj", 8, 7),
        new Dependency("dep", 3, 8), new Dependency("det", 10, 9), new Dependency("obj", 8, 10),
        new Dependency("case", 13, 11), new Dependency("nummod", 13, 12), new Dependency("obl", 8, 13),
        new Dependency("punct", 3, 14));
    return new SentenceGraph(new Sentence(0, 0, 0, at, text.toString(), tokens, deps, List.of()));
  }

  @Test
  void aReportingVerbParsedAsAnAuxiliaryReportsThePredicateForTheSubjectOfTheClauseItHangsOn() {
    DetachedSubjects.Swallowed found = DetachedSubjects.auxiliaryCue(graph("aux"), 6);
    assertNotNull(found);
    assertEquals(2, found.speaker());
    BitSet expected = new BitSet();
    expected.set(7, 14);
    assertEquals(expected, found.content());
  }

  @Test
  void aTrueAuxiliaryIsNoCue() {
    assertNull(DetachedSubjects.auxiliaryCue(graph("aux"), 3)); // "released" is no auxiliary at all
    assertNull(DetachedSubjects.auxiliaryCue(graph("advmod"), 6)); // "showed" not taken for an auxiliary
  }
}
