package harbinger.coding;

import java.util.Locale;

/**
 * Doers named only by a private trade or pastime: "food writers praised the new menu", "the chef attacked the problem
 * of waste", "a teenager stabbed a classmate". An event of theirs that names no party, place or quantity says nothing
 * about a political actor, so {@link EventCoder} does not keep it as the sentence's bare event (an event with a party,
 * "a farmer sued the government", is kept by the usual rules). Words of a political role (minister, police, rebels,
 * students, workers, farmers) are agents in the actor tables and never listed here. The nouns are the "person" family of
 * {@link PrivateWords}, shared with {@link PrivateCourtesies}. Stateless.
 */
final class PrivatePersons {

  private PrivatePersons() {}

  /**
   * Is the subject of verb {@code v} a common noun of a private person (singular or plural)? For a passive with no
   * agent the person the act is done to stands in ("a teenager was charged with murdering his stepfather": a bare
   * event about a private person says nothing of a political actor either).
   */
  static boolean doer(SentenceGraph g, int v) {
    if (!g.token(v).isVerb()) return false;
    Integer subject = g.subject(v);
    if (subject == null && g.child(v, "obl:agent") == null) subject = g.child(v, "nsubj:pass");
    if (subject == null) return false;
    String pos = g.token(subject).pos();
    return (pos.equals("NN") || pos.equals("NNS")) && PrivateWords.PERSONS.contains(g.lemma(subject).toLowerCase(Locale.ROOT));
  }
}
