package harbinger.coding;

import java.util.Set;

/**
 * An event noun whose planned occurrence is called off: "planned talks were called off", "the visit was postponed",
 * "the summit was scrapped", "Egypt cancelled a meeting with Israel", the headline "talks with X called off". Such a
 * meeting, visit or summit did not take place, so its event is negated, not asserted. (A postponement is read the
 * same way: the event did not happen when planned, and a later date would be reported as its own event.) Stateless.
 *
 * <p>Implementation notes: the noun must be the passive subject or the object of a cancelling verb, the subject
 * of one that has no object (a headline without its auxiliary: "talks with X called off"), or be modified
 * by a reduced relative of one with no subject of its own ("talks called off"); "call" and "put" cancel only with
 * the particle "off".
 */
final class CancelledEvents {
  private CancelledEvents() {}

  private static final Set<String> CANCELLING = Set.of("cancel", "postpone", "scrap", "shelve", "axe", "abort");
  private static final Set<String> WITH_OFF = Set.of("call", "put");

  /** Whether the event noun at {@code trigger} is one that was called off, postponed or scrapped. */
  static boolean cancelled(SentenceGraph g, int trigger) {
    if (!g.token(trigger).isNoun()) return false;
    String rel = g.relation(trigger);
    int h = g.head(trigger);
    if (h >= 0 && (rel.equals("nsubj:pass") || rel.equals("obj")) && cancelling(g, h)) return true;
    // a headline's dropped auxiliary ("planned talks with X called off"): the subject of a cancelling verb with no
    // object is what was cancelled
    if (h >= 0 && rel.equals("nsubj") && cancelling(g, h) && g.child(h, "obj") == null) return true;
    for (int c : g.children(trigger)) {
      if (g.baseRelation(c).equals("acl") && cancelling(g, c) && g.child(c, "nsubj") == null) return true;
    }
    return false;
  }

  /** A verb that calls something off: "cancel", "postpone", "scrap", "shelve", "call off", "put off". */
  static boolean cancelling(SentenceGraph g, int verb) {
    if (!g.token(verb).isVerb()) return false;
    String lemma = g.lemma(verb);
    if (CANCELLING.contains(lemma)) return true;
    return WITH_OFF.contains(lemma) && hasOff(g, verb);
  }

  /** "called off": the verb has the particle "off". */
  static boolean hasOff(SentenceGraph g, int verb) {
    for (int c : g.children(verb)) {
      if (g.relation(c).equals("compound:prt") && g.lemma(c).equalsIgnoreCase("off")) return true;
    }
    return false;
  }
}
