package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Written words that "read" after the quote, in a subject-verb inversion ("“We are fine,” read the note"; "“Help
 * is on the way,” read a sign on the door"): the verb is no reporting cue anywhere else ("read the report", "read
 * out the names"), but without a subject or auxiliary of its own and directly after a comma or closing quote it
 * introduces the text it follows, and the noun after it is the source (the tagger may give "read" as a base form,
 * so {@link QuoteSources#inverted}, which wants a finite verb, does not find it). Session 17. Stateless.
 */
final class WrittenInversions {
  private WrittenInversions() {}

  private static final Set<String> NOUN_RELATIONS = Set.of("obj", "dep", "appos", "xcomp", "nsubj");

  /** Is token {@code v} an inverted "read" right after the quoted words it introduces? */
  static boolean readAfterQuote(SentenceGraph g, int v) {
    if (v < 1 || !g.lemma(v).equals("read") || !g.token(v).pos().matches("VB|VBD|VBZ|VBP") || g.subject(v) != null) return false;
    for (int c : g.children(v)) if (g.baseRelation(c).equals("aux")) return false;
    return g.word(v - 1).equals(",") || g.token(v - 1).pos().matches("''|``");
  }

  /** The noun after an inverted "read" (the note, the sign), or null when {@code v} is none. */
  static @Nullable Integer source(SentenceGraph g, int v) {
    if (!readAfterQuote(g, v)) return null;
    for (int c : g.children(v)) {
      if (c > v && NOUN_RELATIONS.contains(g.baseRelation(c)) && g.token(c).isNoun()) return c;
    }
    return null;
  }
}
