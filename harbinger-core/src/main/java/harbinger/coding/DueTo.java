package harbinger.coding;

/**
 * "Putin was due to meet Xi", "the minister is due to visit Baghdad": the parser reads "due to" as a preposition and
 * hangs the verb on the adjective "due" as {@code dep} (or {@code ccomp}), so neither the subject nor the foretelling
 * reaches it. Such a verb is a complement controlled by the subject of "due" and is foretold, like "is expected to".
 */
final class DueTo {
  private DueTo() {}

  /** Whether {@code v} is the to-infinitive a copular "due" governs ("was due to meet"). */
  static boolean complement(SentenceGraph g, int v) {
    int h = g.head(v);
    if (h < 0 || h > v || !g.token(v).isVerb() || !g.lemma(h).equalsIgnoreCase("due")) return false;
    String rel = g.relation(v);
    return (rel.equals("dep") || rel.equals("ccomp") || rel.equals("xcomp")) && g.hasMarker(v, "to") && g.child(h, "cop") != null;
  }

  /**
   * Whether {@code v} is the to-infinitive of a passive foretelling frame ({@link ModalityFinder#FUTURE_FRAMES}) whose
   * subject does it ("the president was expected to hold talks"); unlike "ordered the air force to keep up its strikes", no one else is handed the act.
   */
  static boolean foretold(SentenceGraph g, int v) {
    int h = g.head(v);
    return h >= 0 && g.relation(v).equals("xcomp") && g.hasMarker(v, "to") && ModalityFinder.FUTURE_FRAMES.contains(g.lemma(h))
        && g.child(h, "nsubj:pass") != null;
  }
}
