package harbinger.coding;

/**
 * "The Security Council told Baghdad to pull its forces out", "Bush told Beijing to return the crew": "tell" with an
 * object and a to-infinitive is an order, and is looked up under the rows of "order" (which code it by what is ordered:
 * 1056 withdrawal, 1053 release, 161 diplomats out...), and so is its passive ("the Taliban were told by Washington to
 * surrender bin Laden", session 22). "Tell" without both stays a reporting verb and codes nothing
 * ("told reporters that", "told Reuters he would"), nor does telling a story or the truth.
 *
 * <p>"Told Tokyo bluntly that it must cut its surplus", "told Mubarak that he had to go", "went to tell him it was time
 * for him to step down": "tell" with an object and a that-clause of obligation whose subject is a pronoun (the party
 * told, not a third party the speaker reports on) is a demand, and is looked up under the rows of "demand" (1041 for
 * stepping down, 100 otherwise).
 *
 * <p>"Told his Turkish counterpart by telephone that ..." is a phone call, looked up under "telephone" (041).
 */
final class ToldOrders {
  /** What one tells rather than whom: "the novel tells the story of a soldier's struggle to return home" is no order. */
  private static final java.util.Set<String> TOLD_THINGS =
      java.util.Set.of("story", "tale", "truth", "lie", "joke", "news", "secret", "time", "difference", "history");

  private ToldOrders() {}

  /** The lemma under which the verb at {@code i} is looked up in the lexicon. */
  static String lemma(SentenceGraph g, int i) {
    String lemma = g.lemma(i);
    if (!lemma.equals("tell")) return lemma;
    return order(g, i) ? "order" : obligation(g, i) ? "demand" : byTelephone(g, i) ? "telephone" : lemma;
  }

  /** Those told things for the public, not parties to a conversation. */
  private static final java.util.Set<String> PRESS = java.util.Set.of("reporter", "reporters", "journalist", "journalists",
      "agency", "newspaper", "radio", "television", "station", "channel", "website", "broadcaster", "interviewer", "press");

  /**
   * "told his Turkish counterpart by telephone that ...": telling a party something by telephone is a phone call, looked
   * up under "telephone" (041); telling reporters or an agency by telephone stays a reporting verb.
   */
  private static boolean byTelephone(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj", "iobj");
    if (o == null || TOLD_THINGS.contains(g.lemma(o)) || PRESS.contains(g.lemma(o).toLowerCase(java.util.Locale.ROOT))) return false;
    // "told Reuters by telephone": a named organisation told something is an outlet or a body addressed in public
    if (g.token(o).isProperNoun() && "ORGANIZATION".equals(g.token(o).ner())) return false;
    for (int c : g.children(i)) {
      if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c)) && (g.lemma(c).equals("telephone") || g.lemma(c).equals("phone"))) return true;
    }
    return false;
  }

  /** Modal words of obligation: "must", "should", "had to", "need to", "ought to". */
  private static final java.util.Set<String> OBLIGATION = java.util.Set.of("must", "should", "have", "need", "ought");
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "you");

  /** An object and a that-clause after it saying the told party must or should act ("it was time for him to"). */
  private static boolean obligation(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj", "iobj");
    Integer c = g.child(i, "ccomp");
    if (o == null || c == null || c < o || TOLD_THINGS.contains(g.lemma(o))) return false;
    Integer s = g.child(c, "nsubj");
    if (s == null || !PRONOUNS.contains(g.lemma(s).toLowerCase(java.util.Locale.ROOT))) return false;
    if (SEMI_MODALS.contains(g.lemma(c)) && g.child(c, "xcomp") != null && g.hasMarker(g.child(c, "xcomp"), "to")) {
      return true; // "that he had to go" parsed with "had" as the clause's head
    }
    for (int k : g.children(c)) {
      if (g.relation(k).equals("aux") && obligationAux(g, k)) return true;
      if (g.lemma(c).equals("time") && g.relation(k).startsWith("advcl") && g.hasMarker(k, "to")) return true;
    }
    return false;
  }

  /** Verbs that say obligation only before "to": "had to", "need to", "ought to" (not the perfect "had obtained"). */
  private static final java.util.Set<String> SEMI_MODALS = java.util.Set.of("have", "need", "ought");

  private static boolean obligationAux(SentenceGraph g, int k) {
    String lemma = g.lemma(k).toLowerCase(java.util.Locale.ROOT);
    if (!OBLIGATION.contains(lemma)) return false;
    return !SEMI_MODALS.contains(lemma) || (k + 1 < g.size() && g.token(k + 1).word().equalsIgnoreCase("to"));
  }

  private static boolean order(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj", "iobj");
    // the passive: "the Taliban were told by Washington to surrender bin Laden", the party told is the subject
    if (o == null) o = g.child(i, "nsubj:pass");
    if (o == null || TOLD_THINGS.contains(g.lemma(o))) return false;
    // the parser makes the infinitive an adverbial clause when a date stands between ("told Baghdad on Thursday to pull")
    Integer x = g.child(i, "xcomp");
    if (x == null) x = g.child(i, "advcl");
    return x != null && x > o && x > i && g.token(x).isVerb() && g.hasMarker(x, "to");
  }
}
