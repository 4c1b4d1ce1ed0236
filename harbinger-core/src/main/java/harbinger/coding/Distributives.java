package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Distributive subjects of an act ("each", "both"), split from {@link ArgumentFinder}. */
final class Distributives {
  private Distributives() {}

  private static final Set<String> DISTRIBUTIVES = Set.of("each", "both");

  /**
   * "Italy and Spain followed, each expelling two dozen diplomats": a bare "each" or "both" as the subject of the act,
   * or as the noun its participle hangs on, stands for the subject of the clause above; otherwise {@code source}.
   */
  static @Nullable Integer doer(SentenceGraph g, int v, @Nullable Integer source) {
    Integer each = source;
    if (each == null && g.relation(v).startsWith("acl")) each = g.head(v);
    boolean marker = false;
    if (each == null) {
      // "..., both recalling their ambassadors": the parser may hang "both" on the participle itself
      each = g.children(v).stream().filter(c -> g.relation(c).equals("cc:preconj")).findFirst().orElse(null);
      marker = true;
    }
    if (each == null || !DISTRIBUTIVES.contains(g.lemma(each).toLowerCase(Locale.ROOT))) return source;
    if (g.children(each).stream().anyMatch(c -> c != v)) return source; // "each of the parties", "both sides"
    int clause = marker || each.equals(source) ? g.head(v) : g.head(each);
    Integer subject = clause >= 0 ? g.subject(clause) : null;
    return subject != null ? subject : source;
  }

}
