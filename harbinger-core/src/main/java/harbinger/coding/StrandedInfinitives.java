package harbinger.coding;

/**
 * An infinitive whose verb the tagger took for a noun: in "threatened to slap escalating tariffs on imports" "slap"
 * is tagged NN, and the parser hangs "to" as a loose {@code dep} of "threatened" with "slap" as a {@code dep} of
 * "to", so the walk over the verb's dependents ({@link TriggerFinder}) stopped at "to" and never saw the tariffs.
 * A "to" right after the verb, loosely attached, with a word right after it hanging from it, is the verb's
 * infinitive complement: its whole subtree is what the verb is about. Session 21. Stateless.
 */
final class StrandedInfinitives {
  private StrandedInfinitives() {}

  /** Is {@code c}, a child of verb {@code v}, a stranded "to" that carries {@code v}'s mis-tagged infinitive? */
  static boolean stranded(SentenceGraph g, int v, int c) {
    if (c != v + 1 || !g.token(v).isVerb() || !g.relation(c).equals("dep") || !g.word(c).equalsIgnoreCase("to")) return false;
    for (int k : g.children(c)) if (k == c + 1 && g.baseRelation(k).matches("dep|obj")) return true;
    return false;
  }
}
