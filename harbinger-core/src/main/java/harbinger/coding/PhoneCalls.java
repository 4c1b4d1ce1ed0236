package harbinger.coding;

import java.util.Set;

/**
 * Verbs of speaking that are a telephone call (041) only when the call is how they are done: "spoke by phone",
 * "talked on the telephone", "briefed him in a phone call", "received a call from the king". The lexicon's
 * context words ("speak" near "phone") also match a call that is only talked about or a place named after one:
 * "spoke approvingly of the phone conversation", "was speaking at a call-in event". ACE's Contact:Phone-Write
 * and CAMEO 041 both need the communication itself. Stateless.
 */
final class PhoneCalls {
  private PhoneCalls() {}

  /** Verbs whose 041 sense the lexicon gives by a nearby telephone word. */
  static final Set<String> VERBS = Set.of("speak", "talk", "inform", "brief", "receive");

  private static final Set<String> PHONE = Set.of("phone", "telephone", "call", "conversation", "video",
      "videoconference", "teleconference", "line", "hotline", "cellphone", "phonecall");

  /** Prepositions that say how one speaks ("by phone", "over the telephone"), none naming a topic or a place. */
  private static final Set<String> MEANS = Set.of("by", "on", "over", "in", "via", "through", "during");

  /** True when the verb at {@code v} is done by telephone: a telephone word is its object or a complement of means. */
  static boolean byPhone(SentenceGraph g, int v) {
    if (meansRightAfter(g, v)) return true;
    for (int c : g.children(v)) {
      String rel = g.baseRelation(c);
      if (!(rel.equals("obl") || rel.equals("obj") || rel.equals("advmod") || rel.equals("nmod"))) continue;
      String marker = g.caseMarker(c);
      if (marker != null && !MEANS.contains(marker)) continue;
      if (marker == null && !rel.equals("obj") && !rel.equals("advmod")) continue;
      if (phone(g, c)) return true;
      for (int d : g.children(c)) {
        String r = g.baseRelation(d);
        if ((r.equals("compound") || r.equals("amod") || r.equals("nmod")) && phone(g, d)) return true;
      }
    }
    return false;
  }

  /**
   * "spoke over the phone, an official said": the phrase of means right after the verb, whichever word the parser
   * hung it from (a reporting verb that follows often takes it).
   */
  private static boolean meansRightAfter(SentenceGraph g, int v) {
    int k = v + 1;
    if (k < g.size() && g.baseRelation(k).equals("advmod")) k++;
    if (k >= g.size() || !MEANS.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT))
        || !g.baseRelation(k).equals("case")) return false;
    k++;
    if (k < g.size() && (g.baseRelation(k).equals("det") || g.baseRelation(k).equals("nmod:poss"))) k++;
    return k < g.size() && phone(g, k) && g.token(k).isNoun();
  }

  private static boolean phone(SentenceGraph g, int i) {
    return PHONE.contains(g.lemma(i)) || PHONE.contains(g.word(i).toLowerCase(java.util.Locale.ROOT));
  }
}
