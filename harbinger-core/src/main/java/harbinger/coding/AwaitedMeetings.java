package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * A meeting named only as the time something else happens before: "investors ran for cover ahead of the Federal
 * Reserve's meeting", "stocks rose ahead of the Bank of Japan's policy meeting", "the euro slipped before the European
 * Central Bank's meeting". The meeting has not yet taken place and is not the news; CAMEO codes it when it is held
 * (root 04). The sign is a consultation noun in a phrase of "before" or "ahead of" (also when the parser hung it from
 * the name of its owner, "ahead of the Bank[obl] of Japan's meeting[nmod]"). Session 21. Stateless.
 */
final class AwaitedMeetings {
  private AwaitedMeetings() {}

  /** True when trigger {@code t}, a root-04 noun, stands in a "before" or "ahead of" phrase. */
  static boolean awaited(SentenceGraph g, Trigger t, String root) {
    if (!t.noun() || !root.equals("04")) return false;
    int n = t.token();
    for (int steps = 0; n >= 0 && steps < 3; steps++) {
      String base = g.baseRelation(n);
      if (!base.equals("obl") && !base.equals("nmod") && !base.equals("nmod:poss")) return false;
      String cm = g.caseMarker(n) == null ? "" : g.caseMarker(n).toLowerCase(Locale.ROOT);
      if (cm.equals("before")) return true;
      int h = g.head(n);
      if (h < 0) return false;
      if (AHEAD.contains(g.lemma(h).toLowerCase(Locale.ROOT)) && cm.equals("of")) return true;
      if (!g.token(h).isNoun()) return false;
      n = h;
    }
    return false;
  }

  private static final Set<String> AHEAD = Set.of("ahead", "prior");
}
