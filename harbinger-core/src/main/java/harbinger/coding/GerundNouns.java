package harbinger.coding;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "Fighting between the army and the RSF raged across Khartoum": a gerund that is the subject of its clause names
 * the event as a noun does, and the parser's verb tag hides it from the noun entries ("fighting", "shelling" as
 * nouns with their "between" and "of" phrases). The noun form is the word itself, lower-cased. Pure and stateless.
 */
final class GerundNouns {
  private GerundNouns() {}

  /** The noun form of the gerund at {@code i} when it is its clause's subject, else null. */
  static @Nullable String nounForm(SentenceGraph g, int i) {
    if (!"VBG".equals(g.token(i).pos())) return null;
    if (!g.baseRelation(i).equals("nsubj") && !g.relation(i).equals("nsubj:pass")) return null;
    String word = g.token(i).word().toLowerCase(Locale.ROOT);
    return word.endsWith("ing") ? word : null;
  }
}
