package harbinger.coding;

import org.jspecify.annotations.Nullable;

/**
 * The subject of a verb that follows a relative clause set off by commas: in "Chinese troops, which had encircled
 * the square, opened fire on protesters" CoreNLP makes "opened" a loose dependent ("dep") of the relative clause's
 * verb and leaves it without a subject. A finite verb with no subject of its own, hung as "dep" on a relative clause
 * before it, takes the noun that clause modifies, which is the sentence's subject. Stateless.
 */
final class RelativeSubjects {
  private RelativeSubjects() {}

  /** The antecedent of the relative clause above verb {@code v}, or null. */
  static @Nullable Integer subject(SentenceGraph g, int v) {
    int h = g.head(v);
    if (h < 0 || h > v || !g.relation(v).equals("dep") || !g.token(v).pos().matches("VBD|VBZ|VBP")) return null;
    if (g.subject(v) != null || g.child(v, "nsubj:pass") != null || !g.relation(h).equals("acl:relcl")) return null;
    int noun = g.head(h);
    return noun >= 0 && noun < h && g.token(noun).isNoun() && !g.nonActor(noun) ? noun : null;
  }
}
