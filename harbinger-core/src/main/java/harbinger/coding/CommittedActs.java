package harbinger.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Acts named by who committed them: "investigate violations committed by Russian forces in Ukraine", "called for an
 * inquiry into killings committed by Syrian government forces". An investigation, inquiry or condemnation of such
 * acts is aimed at their perpetrators, not at the place where they happened nor at the acts, which are no party.
 * The target phrase is the act noun itself or an inquiry "into"/"of" it; the perpetrator is the "by" phrase of a
 * participle of committing on the act noun. Stateless.
 */
final class CommittedActs {
  private CommittedActs() {}

  private static final Set<String> COMMITTING = Set.of("commit", "perpetrate", "carry", "inflict");
  private static final Set<String> INQUIRIES = Set.of("inquiry", "enquiry", "investigation", "probe", "inquest", "review");

  /** The perpetrator of the acts {@code target} names, else {@code target} itself (null stays null). */
  static @Nullable Integer perpetrator(SentenceGraph g, @Nullable Integer target) {
    if (target == null) return null;
    Integer by = committedBy(g, target);
    if (by != null) return by;
    if (!INQUIRIES.contains(g.lemma(target))) return target;
    for (int c : g.children(target)) {
      if (g.baseRelation(c).equals("nmod") && Set.of("into", "of").contains(String.valueOf(g.caseMarker(c)))) {
        by = committedBy(g, c);
        if (by != null) return by;
      }
    }
    return target;
  }

  private static @Nullable Integer committedBy(SentenceGraph g, int act) {
    int h = g.head(act);
    if (h > act && g.relation(act).equals("nsubj") && COMMITTING.contains(g.lemma(h)) && g.token(h).pos().equals("VBN")) {
      // "investigate violations committed by ...": the parser may make the act the subject of the participle
      Integer by = ArgumentFinder.obliqueWith(g, h, List.of("by"));
      if (by != null) return by;
    }
    for (int p : g.children(act)) {
      if (!g.relation(p).startsWith("acl") || !COMMITTING.contains(g.lemma(p)) || !g.token(p).pos().equals("VBN")) continue;
      Integer by = ArgumentFinder.obliqueWith(g, p, List.of("by"));
      if (by != null) return by;
    }
    return null;
  }
}
