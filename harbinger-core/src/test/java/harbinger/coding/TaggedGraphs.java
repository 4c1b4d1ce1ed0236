package harbinger.coding;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Token;
import java.util.ArrayList;
import java.util.List;

/** Hand-built dependency graphs for tests that pin down one parse CoreNLP gave. */
final class TaggedGraphs {
  private TaggedGraphs() {}

  /** word/POS, word/POS/lemma or word/POS/lemma/NER, space-separated; deps as relation:governor:dependent. */
  static SentenceGraph graph(String tagged, String deps) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String[] words = tagged.split(" ");
    for (int i = 0; i < words.length; i++) {
      String[] p = words[i].split("/");
      if (i > 0) text.append(' ');
      int begin = text.length();
      text.append(p[0]);
      tokens.add(new Token(i, p[0], p.length > 2 ? p[2] : p[0].toLowerCase(), p[1], p.length > 3 ? p[3] : "O", null, begin, begin + p[0].length()));
    }
    List<Dependency> ds = new ArrayList<>();
    for (String d : deps.split(" ")) {
      int dep = d.lastIndexOf(':');
      int gov = d.lastIndexOf(':', dep - 1);
      ds.add(new Dependency(d.substring(0, gov), Integer.parseInt(d.substring(gov + 1, dep)), Integer.parseInt(d.substring(dep + 1))));
    }
    return new SentenceGraph(new Sentence(0, 0, 0, text.length(), text.toString(), tokens, ds, List.of()));
  }
}
