package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Which mentions the resolver could not code are still persons a later "he" or "she" may stand for: a name the
 * tagger marks as a person ("Tom Reilly"), a surname after a courtesy title ("Ms. Okafor"), and a singular personal
 * pronoun that found no coded antecedent (it continues the chain of the stranger before it). A mention inside
 * quotation marks is the quoted speaker's topic, not a new subject of the story, and is left out. Stateless.
 */
final class StrangerNames {
  private StrangerNames() {}

  private static final Set<String> COURTESY = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

  /** True when the (unresolved) mention headed by token {@code i} is a person the discourse should remember. */
  static boolean isUncodedPerson(ArticleContext a, SentenceGraph g, int i) {
    var t = g.token(i);
    if (a.quotes.at(t.begin()).isPresent()) return false;
    if (t.isPronoun()) return PERSONAL.contains(t.word().toLowerCase(Locale.ROOT));
    if (!t.isProperNoun()) return false;
    if (t.ner().equals("PERSON")) return true;
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      if ((rel.equals("compound") || rel.startsWith("flat")) && c < i && COURTESY.contains(g.word(c).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
