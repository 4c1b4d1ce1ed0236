package harbinger.coding;

import java.util.Set;

/**
 * An arrival, a signing or a release done by a common noun that names no actor, with no party on either side, is a
 * private act, not a political event: "thousands of pilgrims arrived in Mecca", "a cruise ship arrived in Dubrovnik",
 * "two palm-oil producers signed a supply deal", "the zoo set free two eagles", "rescuers freed a man trapped under
 * the rubble", "the streaming service would neither confirm nor deny". A doer that is a name or a pronoun ("they arrived", "Kenya freed ...") or a passive subject ("a
 * journalist was set free") is left alone, as is any event that kept a source or a target. Stateless.
 */
final class UnnamedDoers {
  private UnnamedDoers() {}

  /** Codes of acts that private persons, firms and crowds do as often as states (011: a firm declining comment). */
  private static final Set<String> CODES = Set.of("011", "042", "043", "057", "0841");

  /** Is draft {@code d} of trigger {@code t} such a private act? */
  static boolean privateAct(SentenceGraph g, Trigger t, Draft d) {
    if (d.source() != null || d.target() != null || !CODES.contains(d.type().code())) return false;
    int v = t.token();
    if (!g.token(v).isVerb()) return false;
    Integer subject = g.child(v, "nsubj");
    if (subject == null) return false;
    String pos = g.token(subject).pos();
    if (!pos.equals("NN") && !pos.equals("NNS")) return false;
    // "a spokesman for the Indonesian armed forces": a phrase naming a country, a people or an organisation is a
    // party the actor resolver missed, not a private doer
    java.util.BitSet phrase = g.subtree(subject);
    for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) {
      if (g.token(k).pos().startsWith("NNP") || NAMED.contains(g.token(k).ner())) return false;
    }
    return true;
  }

  /** Entity types that name a party. */
  private static final Set<String> NAMED = Set.of("NATIONALITY", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE",
      "CITY", "LOCATION", "RELIGION", "IDEOLOGY");
}
