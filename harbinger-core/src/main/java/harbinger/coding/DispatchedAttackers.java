package harbinger.coding;

import java.util.Set;

/**
 * A claim of responsibility told as sending the attackers: "the armed wing of Hamas said it had sent the bomber who
 * struck a crowded street", "Islamic State said it had dispatched the men who attacked the airport", "the rebel leader
 * said he had ordered the suicide bombings". The sign, in the past that-clause of a reporting verb ({@link ClaimedActs}),
 * is the speaker's pronoun as the subject of a verb of sending, training or ordering whose object is described by a
 * relative clause of violence, or, for ordering, is an attack itself. A state's forces or a country sending troops
 * report an operation, not a claim: the speaker must not be one ({@link ClaimedActs#STATE_FORCES}, a place name).
 * Session 20. Stateless.
 */
final class DispatchedAttackers {
  private DispatchedAttackers() {}

  /** Verbs of putting attackers to work. */
  private static final Set<String> DISPATCH = Set.of("send", "dispatch", "despatch", "train", "order", "recruit", "arm");

  /** Pronouns by which the speaker names itself. */
  private static final Set<String> OWN = Set.of("it", "they", "we", "he", "she");

  /** Verbs of a violent act told in a relative clause about the attackers, besides {@link ClaimedActs#ATTACKS}. */
  private static final Set<String> MORE_ATTACKS = Set.of("strike", "hit", "open", "raid", "target", "invade");

  /** Attacks a leader orders: "ordered the suicide bombings". */
  private static final Set<String> ATTACK_NOUNS = Set.of("bombing", "bombings", "attack", "attacks", "assault",
      "assaults", "killing", "killings", "assassination", "raid", "raids", "ambush", "shooting", "massacre", "hijacking");

  /** Named places whose speaker is a state: "Moscow said it had sent the troops who ...". */
  private static final Set<String> PLACES = Set.of("COUNTRY", "CITY", "LOCATION", "STATE_OR_PROVINCE", "NATIONALITY");

  /** Whether the clause {@code clause} (with pronoun subject {@code doer}) of reporting verb {@code verb} claims an attack. */
  static boolean claimed(SentenceGraph g, int verb, int clause, int doer) {
    if (!OWN.contains(g.lemma(doer).toLowerCase(java.util.Locale.ROOT)) || !DISPATCH.contains(g.lemma(clause))) return false;
    Integer speaker = g.subject(verb);
    if (speaker == null || ClaimedActs.STATE_FORCES.contains(g.lemma(speaker)) || PLACES.contains(g.token(speaker).ner())) return false;
    Integer obj = g.child(clause, "obj");
    if (obj == null) return false;
    if (g.lemma(clause).equals("order") && ATTACK_NOUNS.contains(g.lemma(obj).toLowerCase(java.util.Locale.ROOT))) return true;
    for (int c : g.children(obj)) {
      if (!g.relation(c).equals("acl:relcl")) continue;
      String l = g.lemma(c);
      if (ClaimedActs.ATTACKS.contains(l) || MORE_ATTACKS.contains(l)) return true;
    }
    return false;
  }
}
