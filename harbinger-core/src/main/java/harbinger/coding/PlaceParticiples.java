package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * A participle that only describes a place named beside another: in "foreigners held in Iraq and occupied Kuwait" the
 * tagger read "occupied" as a past-tense verb coordinated with "held" and gave it "Kuwait" as object, but it is an
 * adjective of the place ("occupied Kuwait", "annexed Crimea", "besieged Sarajevo"), no act of occupying (192).
 * The sign: a past form of such a verb with no subject or auxiliary of its own, right after "and" or "or" that
 * follows a place name, and right before the place name that is its object. Session 21. Stateless.
 */
final class PlaceParticiples {
  private PlaceParticiples() {}

  private static final Set<String> VERBS = Set.of("occupy", "annex", "besiege", "blockade", "partition");
  private static final Set<String> PLACES = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

  /** True when verb {@code i} is such a participle describing the place after it. */
  static boolean describesPlace(SentenceGraph g, int i) {
    if (i < 2 || i + 1 >= g.size() || !VERBS.contains(g.lemma(i).toLowerCase(Locale.ROOT))) return false;
    if (!g.word(i).toLowerCase(Locale.ROOT).endsWith("ed") || !g.relation(i).equals("conj")) return false;
    if (g.subject(i) != null || g.child(i, "aux") != null || g.child(i, "aux:pass") != null) return false;
    Integer obj = g.child(i, "obj");
    if (obj == null || g.subtree(obj).nextSetBit(0) != i + 1 || !place(g, obj)) return false;
    return CONJUNCTIONS.contains(g.word(i - 1).toLowerCase(Locale.ROOT)) && place(g, i - 2);
  }

  private static boolean place(SentenceGraph g, int k) {
    return g.token(k).isProperNoun() && PLACES.contains(g.token(k).ner());
  }
}
