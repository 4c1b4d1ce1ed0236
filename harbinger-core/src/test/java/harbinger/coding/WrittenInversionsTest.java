package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An inverted "read" after a quote names its source ({@link WrittenInversions}), on hand-built sentences with the
 * analysis CoreNLP gave such a sentence of the round-16 probes ("read" tagged as a base form hung on the quote, which
 * {@link QuoteSources#inverted} does not take); a "read" with a subject or not after the quote is no such cue.
 */
class WrittenInversionsTest {
  /** word/POS or word/POS/lemma, space-separated; deps as relation:governor:dependent. */
  private static SentenceGraph graph(String tagged, String deps) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String[] words = tagged.split(" ");
    for (int i = 0; i < words.length; i++) {
      String[] p = words[i].split("/");
      if (i > 0) text.append(' ');
      int begin = text.length();
      text.append(p[0]);
      tokens.add(new Token(i, p[0], p.length > 2 ? p[2] : p[0].toLowerCase(), p[1], "O", null, begin, begin + p[0].length()));
    }
    List<Dependency> ds = new ArrayList<>();
    for (String d : deps.split(" ")) {
      int dep = d.lastIndexOf(':');
      int gov = d.lastIndexOf(':', dep - 1);
      ds.add(new Dependency(d.substring(0, gov), Integer.parseInt(d.substring(gov + 1, dep)), Integer.parseInt(d.substring(dep + 1))));
    }
    return new SentenceGraph(new Sentence(0, 0, 0, text.length(), text.toString(), tokens, ds, List.of()));
  }

  @Test
  void theNounAfterAnInvertedReadIsTheSource() {
    SentenceGraph g = graph("``/`` We/PRP are/VBP fine/JJ ,/, ''/'' read/VB/read the/DT note/NN",
        "root:-1:0 nsubj:3:1 cop:3:2 dep:0:3 punct:3:4 punct:6:5 dep:3:6 det:8:7 obj:6:8");
    assertEquals(8, WrittenInversions.source(g, 6));
    assertNull(QuoteSources.inverted(g, 6)); // the general inversion wants a finite verb
  }

  @Test
  void aReadWithASubjectOrNotAfterTheQuoteIsNoCue() {
    SentenceGraph subject = graph("''/'' she/PRP read/VBD/read the/DT note/NN",
        "punct:2:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4");
    assertNull(WrittenInversions.source(subject, 2));
    SentenceGraph plain = graph("Officials/NNS then/RB read/VBD/read the/DT note/NN",
        "nsubj:2:0 advmod:2:1 root:-1:2 det:4:3 obj:2:4");
    assertNull(WrittenInversions.source(plain, 2));
  }
}
