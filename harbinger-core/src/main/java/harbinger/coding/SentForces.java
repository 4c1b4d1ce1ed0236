package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A force named as sent by a body acts for its sender: in "a peacekeeping force sent by ECOWAS landed in Liberia" or
 * "troops dispatched by the African Union arrived in Mogadishu" the actor probes' convention makes the named sender
 * the source (the force has no country of its own in the sentence). The parser hangs the participle on the force
 * noun ("acl") or, with no auxiliary, makes it the root with the force as its subject ({@link ParticipleRoots}). Only
 * a named sender counts (a proper noun, not a nationality): "troops sent by the government" keep their own code.
 * Stateless.
 */
final class SentForces {
  private SentForces() {}

  private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy", "despatch", "mandate");

  /** The named sender of the force {@code doer}, else {@code doer} itself (null stays null). */
  static @Nullable Integer sender(SentenceGraph g, @Nullable Integer doer) {
    if (doer == null) return null;
    for (int p : g.children(doer)) {
      if (g.relation(p).startsWith("acl")) {
        Integer by = namedAgent(g, p);
        if (by != null) return by;
      }
    }
    int h = g.head(doer);
    if (h > doer && g.relation(doer).equals("nsubj") && g.head(h) < 0) {
      Integer by = namedAgent(g, h);
      if (by != null) return by;
    }
    return doer;
  }

  private static @Nullable Integer namedAgent(SentenceGraph g, int participle) {
    if (!SENDING.contains(g.lemma(participle)) || !g.token(participle).pos().equals("VBN")) return null;
    for (int c : g.children(participle)) if (g.relation(c).startsWith("aux")) return null;
    Integer by = ArgumentFinder.obliqueWith(g, participle, java.util.List.of("by"));
    if (by == null || !g.token(by).isProperNoun() || g.token(by).ner().equals("NATIONALITY")) return null;
    return by;
  }
}
