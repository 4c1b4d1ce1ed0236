package harbinger.coding;

import java.util.Set;

/**
 * Trips a crash cut short: "the plane crashed while trying to land at Bukoba", "a helicopter carrying the minister
 * crashed on its way to visit flood-hit districts". The landing or the visit never happened; an accident is no
 * event between parties, so a visit (root 04) named only as what the craft was doing or going to do when it came
 * down is not coded. The sign is a crash verb above the visit's clause: the visit hangs from the crash through
 * adverbial and open clauses ("while trying to land") or through the noun of the way ("on its way to visit"). Stateless.
 */
final class InterruptedTrips {
  private InterruptedTrips() {}

  /** Verbs of a craft coming down by accident. */
  private static final Set<String> CRASHES = Set.of("crash", "crash-land", "plunge", "plummet", "ditch", "disappear",
      "vanish", "explode");

  /** Relations through which a visit's clause hangs from the crash: adverbial, open, noun-modifying clauses, ways. */
  private static final Set<String> LINKS = Set.of("advcl", "xcomp", "acl", "obl", "nmod", "ccomp");

  /** Levels climbed from the visit to the crash: "crashed" &lt;- "trying" &lt;- "land"; "crashed" &lt;- "way" &lt;- "visit". */
  private static final int DEPTH = 3;

  /** True when the visit coded at trigger {@code i} is only what a crashed craft was doing or about to do. */
  static boolean interrupted(SentenceGraph g, int i, String code) {
    if (!code.startsWith("04")) return false;
    int k = i;
    for (int level = 0; level < DEPTH; level++) {
      int h = g.head(k);
      if (h < 0 || !LINKS.contains(g.baseRelation(k))) return false;
      if (g.token(h).isVerb() && CRASHES.contains(g.lemma(h))) return true;
      k = h;
    }
    return false;
  }
}
