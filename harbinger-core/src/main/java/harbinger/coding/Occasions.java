package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Event nouns that only situate another act in time or occasion, for {@link Salience}: "deployed extra police
 * ahead of the summit", "prior to the talks", "in the run-up to the vote" (an event still to come, like "before"),
 * and an event noun that is itself the occasion of an act, "arrested the opposition leader at a prayer meeting",
 * "rallied outside the hall at the summit" (the meeting is where the arrest happened; the sentence reports the
 * arrest). Only the noun that is the trigger counts as an occasion: "at
 * the site of the bombing" is a place, and "at a meeting with Arafat on Sunday" names a meeting its governing verb
 * does not report ("said at a meeting" has no event of its own and keeps it). Stateless.
 */
final class Occasions {
  /** Adverbs that take an "of"/"to" phrase naming a later event ("ahead of", "prior to", "in advance of"). */
  private static final Set<String> AHEAD = Set.of("ahead", "prior", "advance");
  /**
   * Prepositions of the occasion at which an act took place. Not "during", nor a protest noun after "at":
   * "arrested him during a protest", "detained 98 people at protests" report a protest that went on, with parties of
   * its own, which ACE-style annotation marks as an event too.
   */
  private static final Set<String> OCCASION_CASES = Set.of("at");
  /** Nouns of protest, which at an arrest or a speech name a protest that went on ("detained 98 people at protests"). */
  private static final Set<String> PROTESTS = Set.of("protest", "demonstration", "rally", "march", "strike", "riot",
      "sit-in", "vigil", "picket", "unrest");

  private Occasions() {}

  /**
   * The token that {@code k}, reached from trigger {@code b} on the way up, situates in time or occasion (the
   * verb an "at" phrase hangs from, the verb "ahead of" modifies), or -1 when it is no such adjunct.
   */
  static int anchor(SentenceGraph g, int k, int b) {
    String base = g.baseRelation(k);
    int h = g.head(k);
    if (h < 0 || !base.equals("obl") && !base.equals("nmod") && !base.equals("advcl")) return -1;
    String marker = String.valueOf(g.caseMarker(k)).toLowerCase(Locale.ROOT);
    if (AHEAD.contains(marker)) return h; // "prior to the rally", parsed with "prior" as a case marker of its own
    if (base.equals("advcl")) return -1;
    if (k == b && OCCASION_CASES.contains(marker) && !PROTESTS.contains(g.lemma(k).toLowerCase(Locale.ROOT))) return h;
    boolean ahead = (marker.equals("of") || marker.equals("to")) && AHEAD.contains(g.lemma(h).toLowerCase(Locale.ROOT));
    return ahead ? g.head(h) : -1;
  }
}
