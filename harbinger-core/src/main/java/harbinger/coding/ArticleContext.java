package harbinger.coding;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Per-article state shared by the coding steps: sentence graphs, quotes, boilerplate paragraphs, dateline
 * tokens and the discourse of mentioned actors. Created and used by one thread for one article.
 */
final class ArticleContext {
  final AnnotatedDoc doc;
  final @Nullable LocalDate published;
  final List<SentenceGraph> graphs;
  final Quotes quotes;
  final Discourse discourse = new Discourse();
  private final BitSet boilerplateParagraphs = new BitSet();
  private final Map<Integer, BitSet> datelineTokens = new HashMap<>();

  ArticleContext(AnnotatedDoc doc) {
    this.doc = doc;
    this.published = doc.article().published();
    List<SentenceGraph> gs = new ArrayList<>();
    for (Sentence s : doc.sentences()) gs.add(new SentenceGraph(s));
    this.graphs = List.copyOf(gs);
    this.quotes = Quotes.in(doc.article().text());
    markLayout();
  }

  private void markLayout() {
    String text = doc.article().text();
    Map<Integer, int[]> paragraphSpan = new HashMap<>();
    Map<Integer, Integer> firstSentence = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      paragraphSpan.merge(s.paragraph(), new int[] {s.begin(), s.end()}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      firstSentence.putIfAbsent(s.paragraph(), s.index());
    }
    paragraphSpan.forEach((p, span) -> {
      if (Layout.isBoilerplate(text.substring(span[0], span[1]))) boilerplateParagraphs.set(p);
    });
    firstSentence.forEach((p, si) -> {
      Sentence s = doc.sentences().get(si);
      int len = Layout.datelineLength(s.text());
      if (len == 0) return;
      BitSet tokens = new BitSet();
      for (var t : s.tokens()) if (t.end() <= s.begin() + len) tokens.set(t.index());
      datelineTokens.put(si, tokens);
    });
  }

  /** Is this sentence the headline (the title, or the first paragraph of a titled article written without final punctuation)? */
  boolean isHeadline(int sentence) {
    Sentence s = doc.sentences().get(sentence);
    if (s.paragraph() != 0 || doc.article().title() == null) return false;
    String t = s.text().strip();
    return !t.endsWith(".") && !t.endsWith("?") && !t.endsWith("!");
  }

  private @Nullable String datelineCountry;

  void setDatelineCountry(String country) { if (datelineCountry == null) datelineCountry = country; }

  /**
   * The country of the dateline city, when the story itself also names that country outside the dateline
   * (a Tbilisi story about Georgian politics); a foreign correspondent's base ("NAIROBI" over an Ethiopian
   * story) is not used.
   */
  @Nullable String datelineCountry() {
    if (datelineCountry == null) return null;
    for (Discourse.Entry e : discourse.entries()) if (datelineCountry.equals(e.actor().country())) return datelineCountry;
    return null;
  }

  boolean inBoilerplate(int sentence) {
    return boilerplateParagraphs.get(doc.sentences().get(sentence).paragraph());
  }

  /** Tokens of a dateline at the start of this sentence (never actors, never triggers). */
  BitSet datelineTokens(int sentence) {
    return datelineTokens.getOrDefault(sentence, new BitSet());
  }
}
