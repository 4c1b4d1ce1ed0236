package harbinger.coding;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who asked a quoted question that the next words name by its "by" agent: '"Where will our children go?" That was
 * the question put to the council leader by a 12-year-old girl.' The noun "question" (or "query") with a participle
 * of putting or asking whose "by" phrase names the asker. Pure function over one sentence.
 */
final class QuestionAskers {
  private QuestionAskers() {}

  private static final Set<String> QUESTIONS = Set.of("question", "query");
  private static final Set<String> ASKING = Set.of("put", "pose", "ask", "address", "direct", "raise", "send");

  /** The token heading the asker, or null when the sentence names none so. */
  static @Nullable Integer asker(SentenceGraph g) {
    for (int n = 0; n < g.size(); n++) {
      if (!QUESTIONS.contains(g.lemma(n)) || !g.token(n).isNoun()) continue;
      for (int p : g.children(n)) {
        if (!g.relation(p).startsWith("acl") || !ASKING.contains(g.lemma(p))) continue;
        for (int c : g.children(p)) {
          if (c > p && g.baseRelation(c).matches("obl|nmod") && "by".equals(g.caseMarker(c)) && (g.token(c).isNoun() || g.token(c).isPronoun())) return c;
        }
      }
    }
    return null;
  }
}
