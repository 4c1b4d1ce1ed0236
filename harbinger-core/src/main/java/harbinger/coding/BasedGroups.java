package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Groups named by the place they are based in, with the place joined to "based" by a hyphen: "Pakistan-based
 * extremists", "Islamabad-based militant groups", "London-based exiles". The group is placed in the country of its
 * base (a country, a capital or a listed city), which the parser hangs on "based" as a bare oblique, or keeps in one
 * token ("Paris-based"). Stateless.
 */
final class BasedGroups {
  private static final Set<String> BASED = Set.of("base", "based", "headquarter", "headquartered");
  private static final String SUFFIX = "-based";

  private BasedGroups() {}

  /** The country of the base of the group headed by {@code head}, or empty. */
  static Optional<Country> base(SentenceGraph g, int head, ActorKnowledge knowledge) {
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      if (!(rel.equals("amod") || rel.startsWith("acl") || rel.equals("compound"))) continue;
      String word = g.word(c);
      if (word.toLowerCase(Locale.ROOT).endsWith(SUFFIX) && word.length() > SUFFIX.length()) {
        Optional<Country> one = knowledge.findCountryOfPlaceName(word.substring(0, word.length() - SUFFIX.length()));
        if (one.isPresent()) return one;
      }
      if (!BASED.contains(g.lemma(c).toLowerCase(Locale.ROOT))) continue;
      for (int p : g.children(c)) {
        // "Pakistan - based": the place before a hyphen, with no preposition of its own
        if (p > c || g.caseMarker(p) != null || !g.token(p).isProperNoun() || !hyphenBetween(g, p, c)) continue;
        Optional<Country> place = knowledge.findCountryOfPlaceName(LocationFinder.text(g, p));
        if (place.isPresent()) return place;
      }
    }
    return Optional.empty();
  }

  private static boolean hyphenBetween(SentenceGraph g, int place, int based) {
    for (int k = place + 1; k < based; k++) if (g.word(k).equals("-")) return true;
    return false;
  }
}
