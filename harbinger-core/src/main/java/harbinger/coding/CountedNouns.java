package harbinger.coding;

import java.util.Set;

/** Words that count the noun of their "of" phrase ("tens of thousands of people", "a wave of drones"). Stateless. */
final class CountedNouns {
  private static final Set<String> QUANTITY_HEADS = Set.of("ten", "tens", "dozen", "dozens", "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "score", "scores", "number", "group", "handful", "lot",
      "some", "many", "several", "most", "all", "majority", "crowd",
      // "a wave of Russian drones", "a barrage of missiles": a collective of the weapons or fighters that act
      "wave", "barrage", "salvo", "swarm", "volley", "hail",
      // "columns of Vietnamese soldiers", "a convoy of paramilitary police": a body of the troops or police that move
      "column", "columns", "convoy", "convoys");

  private CountedNouns() {}

  /** "Tens of thousands of people", "a group of soldiers", "dozens of protesters": the counted noun is the party. */
  static int throughQuantity(SentenceGraph g, int head) {
    int h = head;
    for (int steps = 0; steps < 3; steps++) {
      boolean quantity = isQuantity(g, h);
      if (!quantity) return h;
      Integer next = null;
      for (int c : g.children(h)) if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))) { next = c; break; }
      if (next == null) return h;
      h = next;
    }
    return h;
  }

  /** "tens", "thousands", "a group", "dozens", "300": a word that counts the noun in its "of" phrase. */
  static boolean isQuantity(SentenceGraph g, int i) {
    // (lower-cased: a plural at the start of a sentence may be tagged a proper noun, "Columns of ...")
    return QUANTITY_HEADS.contains(g.lemma(i).toLowerCase(java.util.Locale.ROOT)) || g.token(i).pos().equals("CD");
  }
}
