package harbinger.coding;

/**
 * "The Security Council told Baghdad to pull its forces out", "Bush told Beijing to return the crew": "tell" with an
 * object and a to-infinitive is an order, and is looked up under the rows of "order" (which code it by what is ordered:
 * 1056 withdrawal, 1053 release, 161 diplomats out...). "Tell" without both stays a reporting verb and codes nothing
 * ("told reporters that", "told Reuters he would"), nor does telling a story or the truth.
 */
final class ToldOrders {
  /** What one tells rather than whom: "the novel tells the story of a soldier's struggle to return home" is no order. */
  private static final java.util.Set<String> TOLD_THINGS =
      java.util.Set.of("story", "tale", "truth", "lie", "joke", "news", "secret", "time", "difference", "history");

  private ToldOrders() {}

  /** The lemma under which the verb at {@code i} is looked up in the lexicon. */
  static String lemma(SentenceGraph g, int i) {
    String lemma = g.lemma(i);
    return lemma.equals("tell") && order(g, i) ? "order" : lemma;
  }

  private static boolean order(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj", "iobj");
    if (o == null || TOLD_THINGS.contains(g.lemma(o))) return false;
    // the parser makes the infinitive an adverbial clause when a date stands between ("told Baghdad on Thursday to pull")
    Integer x = g.child(i, "xcomp");
    if (x == null) x = g.child(i, "advcl");
    return x != null && x > o && g.token(x).isVerb() && g.hasMarker(x, "to");
  }
}
