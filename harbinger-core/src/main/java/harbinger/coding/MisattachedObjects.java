package harbinger.coding;

/**
 * Object phrases the parser broke apart, so that a verb's context ({@link TriggerFinder}) would miss what is done.
 * (1) A determiner made the object and its noun left as a {@code dep} of it: in "would lift the oil embargo and
 * flight ban" the parser gave "lift" the object "the", with "embargo" hanging from "the"; the noun is the object, and
 * the verb governs it. (2) A noun conjoined to the verb instead of to its object: in "prepared to pull its troops and
 * ammunition out of Moldova" the parser made "ammunition" a conjunct of "pull", taking "out of Moldova" with it; a noun
 * has no clause of its own, so the conjunct is a second object and its words are the verb's. (3) A participle with
 * its own subject made the clausal passive subject of the verb. Session 20. Pure
 * functions over a {@link SentenceGraph}.
 */
final class MisattachedObjects {
  private MisattachedObjects() {}

  /** Whether child {@code c} of {@code i} is the noun of a determiner the parser made the head of the phrase. */
  static boolean nounOfDeterminer(SentenceGraph g, int i, int c) {
    return g.relation(c).equals("dep") && g.token(c).isNoun() && determinerHead(g, i);
  }

  /** A determiner standing as a verb's object or oblique: "lift the[obj] ... embargo[dep of 'the']". */
  private static boolean determinerHead(SentenceGraph g, int i) {
    if (!g.token(i).pos().equals("DT") || g.head(i) < 0 || !g.token(g.head(i)).isVerb()) return false;
    String base = g.baseRelation(i);
    return base.equals("obj") || base.equals("obl") || g.relation(i).equals("nsubj:pass");
  }

  /** The verb governing noun {@code i} through a determiner the parser made its head, or -1. */
  static int verbOverDeterminer(SentenceGraph g, int i) {
    int h = g.head(i);
    return h >= 0 && g.relation(i).equals("dep") && g.token(i).isNoun() && determinerHead(g, h) ? g.head(h) : -1;
  }

  /**
   * Whether {@code c} is a participle with a subject of its own that the parser made the clausal passive subject of
   * its verb: in "Eighteen soldiers captured in the fighting were handed back to India" "captured" is the csubj:pass
   * of "handed", and "soldiers" its subject; the participle's phrase is what the passive verb is done to.
   */
  static boolean participleSubject(SentenceGraph g, int c) {
    // also one the tagger read as a past tense: "The Briton wanted[VBD] for the killings was handed over" (session 21)
    return g.relation(c).equals("csubj:pass") && g.token(c).pos().matches("VBN|VBD") && g.child(c, "nsubj") != null;
  }

  /**
   * The participle clause that is really the missing passive subject of verb {@code i}, or -1: in "announced that the
   * British sailors held in Tehran would be allowed to go home" the parser made "held" a that-clause with "sailors" as
   * its subject and left "allowed" without one (hung from "announced", or with "announced" as its clausal subject).
   * A passive verb with no subject takes the phrase of a past participle with a subject of its own that ends right
   * before the verb's auxiliaries: the persons held are what is allowed (session 21).
   */
  static int reducedRelative(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || g.child(i, "aux:pass") == null || g.child(i, "nsubj:pass") != null || g.child(i, "nsubj") != null) return -1;
    int first = i;
    for (int c : g.children(i)) if (c < first && g.relation(c).startsWith("aux")) first = c;
    for (int p = 0; p < first; p++) {
      if (!g.token(p).pos().equals("VBN") || !g.relation(p).equals("ccomp") || g.child(p, "nsubj") == null) continue;
      if (lastOf(g, p) == first - 1) return p;
    }
    return -1;
  }

  /** The last token of the phrase of {@code p}. */
  private static int lastOf(SentenceGraph g, int p) {
    java.util.BitSet t = g.subtree(p);
    return t.length() - 1;
  }

  /**
   * Whether child {@code c} of verb {@code i} is a gerund clause the parser hung loosely ({@code dep}) on a verb with no
   * object, while its subject stands right after the verb: in "he saw little hope of the shortfall being closed" the
   * parser made "hope" the passive subject of "closed" and "closed" a {@code dep} of "saw"; the clause's subject
   * phrase is what is seen (session 21).
   */
  static boolean objectClause(SentenceGraph g, int i, int c) {
    if (!g.relation(c).equals("dep") || !g.token(i).isVerb() || !g.token(c).isVerb() || c < i) return false;
    if (g.child(i, "obj") != null || g.child(i, "ccomp") != null || g.child(i, "xcomp") != null) return false;
    Integer s = g.child(c, "nsubj:pass");
    if (s == null) s = g.child(c, "nsubj");
    if (s == null || s < i || s > c || !g.token(s).isNoun() || g.token(s).isProperNoun()) return false;
    int first = g.subtree(s).nextSetBit(0);
    for (int k = i + 1; k < first; k++) if (!g.token(k).pos().startsWith("RB")) return false;
    return true;
  }

  /**
   * Whether child {@code c} of verb {@code i} is a common noun conjoined to the verb after its object (and with no
   * subject of its own): a second object the parser hung on the verb.
   */
  static boolean objectConjunct(SentenceGraph g, int i, int c) {
    if (!g.relation(c).equals("conj") || !g.token(i).isVerb() || !g.token(c).isNoun() || g.token(c).isProperNoun()) return false;
    Integer obj = g.child(i, "obj");
    if (obj == null || obj > c) return false;
    for (int k : g.children(c)) if (g.relation(k).startsWith("nsubj") || g.relation(k).equals("cop")) return false;
    return true;
  }

  /**
   * The party of a loose object clause of verb {@code v} ({@link #objectClause}): in "police stopped the rally held by
   * workers at the plant to oppose the sale" the clause is what is stopped, and its "by" agent (else its subject) is
   * the party it is done to, not an actor named deep in the clause's purpose. Null when there is no such clause or
   * party (session 22).
   */
  static @org.jspecify.annotations.Nullable Integer clauseParty(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!objectClause(g, v, c)) continue;
      for (int k : g.children(c)) {
        if (g.baseRelation(k).equals("obl") && "by".equals(String.valueOf(g.caseMarker(k))) && !g.nonActor(k)) return k;
      }
      Integer s = g.child(c, "nsubj:pass");
      if (s == null) s = g.child(c, "nsubj");
      return s != null && !g.nonActor(s) ? s : null;
    }
    return null;
  }
}
