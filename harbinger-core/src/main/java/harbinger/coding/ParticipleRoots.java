package harbinger.coding;

import org.jspecify.annotations.Nullable;

/**
 * A subject whose reduced participle the parser took for the main verb: in "Chinese soldiers armed with clubs
 * clashed with Indian troops" or "Kenyan troops backed by helicopters crossed into Somalia" CoreNLP makes "armed" /
 * "backed" the root with the soldiers as its subject, and the real verb a "dep" of it (or an "acl" of the noun in
 * its "by" phrase: "tanks crossed into Kuwait"). A participle with a subject but no auxiliary is no finite clause,
 * so the verb after it is the sentence's predicate and the participle's subject is its subject. The participle must
 * carry a "by" or "with" phrase before the verb (a past tense the tagger took for a participle has none). Stateless.
 */
final class ParticipleRoots {
  private ParticipleRoots() {}

  /** The participle root above verb {@code v} whose subject {@code v} takes, or null. */
  static @Nullable Integer root(SentenceGraph g, int v) {
    int h = g.head(v);
    if (h < 0 || v <= h) return null;
    String rel = g.relation(v);
    if (!g.token(v).isVerb() || g.subject(v) != null || g.child(v, "nsubj:pass") != null) return null;
    int root;
    if (rel.equals("dep") && g.token(v).pos().matches("VBD|VBZ|VBP")) {
      root = h;
    } else if (rel.equals("acl") && g.token(v).pos().matches("VBD|VBN") && g.head(h) >= 0
        && g.baseRelation(h).equals("obl") && ("by".equals(g.caseMarker(h)) || "with".equals(g.caseMarker(h)))
        && g.child(v, "obj") == null) {
      root = g.head(h); // "troops backed by tanks crossed into Kuwait": "crossed" hangs on "tanks"
    } else {
      return null;
    }
    if (g.head(root) >= 0 || !g.token(root).pos().equals("VBN")) return null;
    for (int c : g.children(root)) {
      String r = g.relation(c);
      if (r.startsWith("aux") || r.equals("cop")) return null; // "troops were armed ...": a finite clause
    }
    // a reduced participle carries its agent or instrument ("backed by tanks", "armed with clubs") before the verb;
    // a past tense tagged VBN ("the minister knelt before a memorial ...") has none and stays the predicate
    boolean modifier = false;
    for (int c : g.children(root)) {
      if (g.baseRelation(c).equals("obl") && c < v && ("by".equals(g.caseMarker(c)) || "with".equals(g.caseMarker(c)))) modifier = true;
    }
    Integer subject = g.subject(root);
    return modifier && subject != null && subject < root ? root : null;
  }

  /** The subject verb {@code v} takes from a participle root above it ({@link #root}), or null. */
  static @Nullable Integer subject(SentenceGraph g, int v) {
    Integer root = root(g, v);
    return root == null ? null : g.subject(root);
  }

  /**
   * Whether trigger {@code b} is such a participle root over another trigger's verb: "armed" in "soldiers armed with
   * clubs clashed with ..." describes the soldiers and is no act of its own (no arming, no support).
   */
  static boolean describes(SentenceGraph g, Trigger b, java.util.List<Trigger> found) {
    if (b.noun()) return false;
    for (Trigger t : found) {
      if (t != b && !t.noun() && Integer.valueOf(b.token()).equals(root(g, t.token()))) return true;
    }
    return false;
  }
}
