package harbinger.coding;

import harbinger.model.Modality;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The United States imposed sanctions on two banks and said more would follow if Moscow escalated": the promise
 * that more of the same act would follow under a condition is that act again, {@code conditional}, with the same
 * parties. The clause is a future "follow"/"come" whose subject is "more" or "further" (alone or modifying a noun)
 * and that carries an if/unless condition; the act repeated is the nearest asserted material act before it in the
 * sentence. Stateless.
 */
final class ConditionalRepeats {
  private static final Set<String> FOLLOW = Set.of("follow", "come");
  private static final Set<String> MORE = Set.of("more", "further", "additional");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");

  private ConditionalRepeats() {}

  static List<Draft> find(SentenceGraph g, List<Draft> coded) {
    List<Draft> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (!g.token(v).isVerb() || !FOLLOW.contains(g.lemma(v)) || ConditionalThreats.ownCondition(g, v) == null) continue;
      if (!future(g, v) || !moreOfTheSame(g, g.subject(v))) continue;
      Draft act = null;
      for (Draft d : coded) {
        boolean material = d.type().quadClass() == 2 || d.type().quadClass() == 4;
        if (material && d.modality() == Modality.ASSERTED && d.trigger().end() <= g.token(v).begin()) act = d;
      }
      if (act == null) continue;
      Span trigger = new Span(g.token(v).begin(), g.token(v).end());
      out.add(new Draft(act.sentence(), trigger, act.type(), act.source(), act.target(), null, null, Modality.CONDITIONAL,
          act.attributedTo(), act.quote(), List.of(), null, act.confidence() * 0.8));
    }
    return out;
  }

  private static boolean future(SentenceGraph g, int v) {
    for (int c : g.children(v)) if (g.baseRelation(c).equals("aux") && FUTURE.contains(g.lemma(c))) return true;
    return false;
  }

  private static boolean moreOfTheSame(SentenceGraph g, Integer subject) {
    if (subject == null) return false;
    if (MORE.contains(g.lemma(subject))) return true;
    for (int c : g.children(subject)) if ((g.baseRelation(c).equals("amod") || g.baseRelation(c).equals("advmod")) && MORE.contains(g.lemma(c))) return true;
    return false;
  }
}
