package harbinger.coding;

import java.util.Set;

/**
 * The partner of a joint activity or relationship a verb acts on: "suspended all practical civilian and military
 * cooperation with Russia", "severed diplomatic relations with Moscow", "halted research cooperation with Russia".
 * The "with" party is the target, not the activity (whose adjectives, such as "civilian" or "military", describe the
 * activity and name no actor). The parser may head the phrase with an adjective read as a noun ("civilian ... and
 * military cooperation" as "civilian" joined to "cooperation"), or join the partner to a following time noun as a
 * compound ("with Moscow hours after ..."). Stateless.
 */
final class ActivityPartners {
  private ActivityPartners() {}

  /** Nouns of an activity or relationship carried on with a partner. */
  private static final Set<String> ACTIVITIES = Set.of("cooperation", "co-operation", "relation", "relations", "tie",
      "ties", "contact", "contacts", "link", "links", "exchange", "exchanges", "dialogue", "trade", "partnership",
      "collaboration",
      // an agreement or a channel kept with a state: "scrapped a military intelligence-sharing pact with Japan",
      // "suspended its communication mechanism with Taipei" (session 21)
      "agreement", "agreements", "pact", "pacts", "treaty", "accord", "deal", "arrangement", "protocol", "mechanism",
      "hotline", "hotlines", "channel", "channels", "contract", "venture",
      // a quarrel carried on with a state: "took its border dispute with Caracas to the World Court" (session 23)
      "dispute", "disputes", "row", "quarrel", "feud", "spat", "standoff", "stand-off", "disagreement");

  /** The partner of the activity {@code object}, or {@code object} itself when it is none. */
  static Integer partnerOr(SentenceGraph g, Integer object) {
    if (object == null) return null;
    boolean activity = ACTIVITIES.contains(g.lemma(object)) || ACTIVITIES.contains(g.word(object).toLowerCase(java.util.Locale.ROOT));
    for (int c : g.children(object)) if (g.relation(c).equals("conj") && ACTIVITIES.contains(g.lemma(c))) activity = true;
    if (!activity) return object;
    for (int c : g.children(object)) {
      if (!g.baseRelation(c).equals("nmod") || !"with".equals(g.caseMarker(c))) continue;
      if (!g.nonActor(c)) return c;
      for (int m : g.children(c)) if (g.relation(m).equals("compound") && g.token(m).isProperNoun() && m < c) return m;
    }
    return object;
  }
}
