package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Routine sessions of a private body: "the chess club held its annual meeting in a hotel", "shareholders approved the
 * merger at an extraordinary general meeting". A body's own scheduled session has no counterpart, and a club's or a
 * firm's has no political party either, so it is no consultation (04). The sign is a meeting noun named routine
 * (annual, general, extraordinary, monthly...) with no partner ("with", "between") and no organisation, person,
 * nationality, office or country named in it or in the subject of the verb that governs it: "NATO's annual meeting",
 * "the annual meeting of Asian finance ministers" stay events. A meeting at which a firm's shareholders act is one too,
 * whatever it is called ("shareholders approved the merger at a meeting in Stuttgart"). Places do not count. Stateless.
 */
final class RoutineSessions {
  private RoutineSessions() {}

  private static final Set<String> MEETINGS = Set.of("meeting", "session", "assembly", "gathering", "convention");

  private static final Set<String> ROUTINE = Set.of("annual", "general", "extraordinary", "monthly", "weekly",
      "quarterly", "yearly", "regular", "ordinary");

  /** Owners of a firm, whose meetings are its routine sessions whatever they are called. */
  private static final Set<String> OWNERS = Set.of("shareholder", "shareholders", "stockholder", "stockholders",
      "bondholder", "bondholders");

  /** Named-entity tags that make a party political or named. */
  private static final Set<String> NAMED = Set.of("ORGANIZATION", "PERSON", "NATIONALITY", "TITLE", "COUNTRY",
      "IDEOLOGY", "RELIGION");

  /** True when the 04 noun trigger at {@code i} is a private body's routine session. */
  static boolean routine(SentenceGraph g, int i, String code, boolean noun) {
    if (!noun || !code.startsWith("04") || !MEETINGS.contains(lower(g.lemma(i)))) return false;
    boolean routine = false;
    for (int c : g.children(i)) {
      if (g.relation(c).equals("amod") && ROUTINE.contains(lower(g.lemma(c)))) routine = true;
      String marker = g.caseMarker(c);
      if ("with".equals(marker) || "between".equals(marker)) return false;
    }
    int verb = TriggerFinder.governor(g, i);
    // "shareholders of Daimler-Benz approved the merger at a meeting in Stuttgart": a firm's owners voting in session
    int clause = verb;
    while (clause >= 0 && !g.token(clause).isVerb()) clause = g.head(clause);
    if (clause >= 0 && g.subject(clause) != null && OWNERS.contains(lower(g.lemma(g.subject(clause))))) return true;
    if (!routine) return false;
    BitSet words = g.subtree(i);
    if (verb >= 0) {
      Integer subject = g.subject(verb);
      if (subject != null) words.or(g.subtree(subject));
    }
    for (int k = words.nextSetBit(0); k >= 0; k = words.nextSetBit(k + 1)) {
      // "general" in "annual general meeting" is tagged as a title
      if (ROUTINE.contains(lower(g.lemma(k)))) continue;
      if (NAMED.contains(g.token(k).ner()) || g.token(k).isPronoun() && !g.relation(k).equals("nmod:poss")) return false;
    }
    return true;
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
