package harbinger.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import harbinger.nlp.Datelines;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a sentence that opens with a wire dateline ("BRUSSELS, Dec 14 (Example Wire) - Hungary blocked ...") as
 * two pieces: the dateline and the story sentence after it. Parsed whole, the parser makes the city the subject
 * or the root and the story's verb a loose "dep" of it, so the story loses its clause structure. Each piece is
 * parsed on its own (copies of its tokens, renumbered from 1) and the two trees are joined again over the
 * sentence's own tokens as one graph with two roots: nothing in the story's tree points into the dateline.
 * Tags, lemmas and entities stay those of the whole sentence. Not thread-safe; one instance per sentence.
 */
final class DatelineSplit {
  private final CoreMap sentence;
  private final List<CoreLabel> tokens;
  private final CoreMap dateline;
  private final CoreMap story;

  private DatelineSplit(CoreMap sentence, int storyStart) {
    this.sentence = sentence;
    this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    this.dateline = piece(tokens.subList(0, storyStart));
    this.story = piece(tokens.subList(storyStart, tokens.size()));
  }

  /**
   * The split of a sentence that starts a paragraph with a dateline followed by at least two tokens of story,
   * or null. {@code text} is the article text the token offsets point into.
   */
  static DatelineSplit of(CoreMap sentence, String text) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (labels.size() < 4) return null;
    int begin = labels.get(0).beginPosition();
    int end = labels.get(labels.size() - 1).endPosition();
    int length = Datelines.length(text.substring(begin, end) + " ");
    if (length == 0) return null;
    int storyStart = 0;
    while (storyStart < labels.size() && labels.get(storyStart).endPosition() <= begin + length) storyStart++;
    if (storyStart == 0 || labels.size() - storyStart < 2) return null;
    return new DatelineSplit(sentence, storyStart);
  }

  /** The two pieces to hand to the parser, dateline first. */
  List<CoreMap> pieces() { return List.of(dateline, story); }

  /** Joins the pieces' parses into the sentence's basic dependencies (the only graph the mapper reads). */
  void join() {
    SemanticGraph joined = new SemanticGraph();
    int offset = 0;
    for (CoreMap piece : pieces()) {
      SemanticGraph g = piece.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      int size = piece.get(CoreAnnotations.TokensAnnotation.class).size();
      if (g != null) {
        for (IndexedWord w : g.vertexSet()) joined.addVertex(word(w, offset));
        for (IndexedWord root : g.getRoots()) joined.addRoot(word(root, offset));
        for (SemanticGraphEdge e : g.edgeIterable()) {
          joined.addEdge(word(e.getGovernor(), offset), word(e.getDependent(), offset), e.getRelation(), e.getWeight(), e.isExtra());
        }
      }
      offset += size;
    }
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, joined);
  }

  private IndexedWord word(IndexedWord pieceWord, int offset) {
    return new IndexedWord(tokens.get(pieceWord.index() - 1 + offset));
  }

  private static CoreMap piece(List<CoreLabel> labels) {
    List<CoreLabel> copies = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel c = new CoreLabel(labels.get(i));
      c.setIndex(i + 1);
      copies.add(c);
    }
    CoreMap piece = new ArrayCoreMap();
    piece.set(CoreAnnotations.TokensAnnotation.class, copies);
    return piece;
  }
}
