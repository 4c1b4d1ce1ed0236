package harbinger.coding;

/**
 * A predicative "as"-complement the parser hung as an adverbial clause: "recognised the two regions as independent",
 * "branded the report as a fabrication". It says what the act makes of its object, so it is part of the act's
 * context, unlike a finite "as"-clause of time ("as the troops withdrew"), whose head is a verb.
 */
final class AsComplements {
  private AsComplements() {}

  static boolean predicative(SentenceGraph g, int c) {
    return g.relation(c).startsWith("advcl") && g.hasMarker(c, "as") && !g.token(c).isVerb() && g.child(c, "nsubj") == null;
  }
}
