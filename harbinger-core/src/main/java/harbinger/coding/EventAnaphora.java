package harbinger.coding;

import harbinger.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A verbal reaction to an event reported in an earlier sentence: "Gunmen attacked a police post on Sunday. The
 * government condemned the attack." The reaction's object is a definite noun ("the attack", "these strikes") with
 * the same lemma as the trigger of an event of the last three sentences whose doer is known, or is itself an event
 * noun of that event's CAMEO root ("bombed positions ... condemned the strikes"); that doer becomes
 * the reaction's target when the reaction has none. Verbal events only (CAMEO roots 01-13: condemning, welcoming,
 * investigating, rejecting); the doer must be another party than the reacting one. Stateless.
 */
final class EventAnaphora {
  private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those");
  private static final Set<String> TOPIC_PREPS = Set.of("of", "against", "over", "about", "for", "into");
  private static final int SENTENCES_BACK = 3;

  private EventAnaphora() {}

  /** The drafts, in their order, with targets filled from earlier events where a reaction names one by a noun. */
  /**
   * @param nounRoot the CAMEO root of the event noun at (sentence, token), or null when it is none
   */
  static List<Draft> resolve(ArticleContext a, List<Draft> drafts, BiFunction<Integer, Integer, @Nullable String> nounRoot) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Draft antecedent = d.target() == null && d.source() != null && verbal(d) ? antecedent(a, d, out, nounRoot) : null;
      out.add(antecedent == null ? d : d.withTarget(antecedent.source()));
    }
    return out;
  }

  private static boolean verbal(Draft d) {
    int root = Integer.parseInt(d.type().root());
    return root >= 1 && root <= 13;
  }

  private static @Nullable Draft antecedent(ArticleContext a, Draft d, List<Draft> earlier,
                                            BiFunction<Integer, Integer, @Nullable String> nounRoot) {
    SentenceGraph g = a.graphs.get(d.sentence());
    int trigger = tokenAt(g, d.trigger().start());
    if (trigger < 0) return null;
    Integer noun = topicNoun(g, trigger);
    if (noun == null) return null;
    String lemma = g.lemma(noun);
    String root = nounRoot.apply(d.sentence(), noun);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Draft e = earlier.get(i);
      if (e.sentence() >= d.sentence()) continue;
      if (e.sentence() < d.sentence() - SENTENCES_BACK) break;
      if (e.source() == null || sameSide(e.source(), d.source())) continue;
      SentenceGraph eg = a.graphs.get(e.sentence());
      int et = tokenAt(eg, e.trigger().start());
      if (et >= 0 && eg.lemma(et).equals(lemma) || root != null && root.equals(e.type().root())) return e;
    }
    return null;
  }

  /**
   * One side: the same country, unless both name different roles in it ("Ankara condemned the attack" by Kurdish
   * rebels in Turkey: TURGOV reacts to TURREB, another party).
   */
  private static boolean sameSide(Actor doer, Actor reacting) {
    if (!ActorPairs.sameParty(doer, reacting)) return false;
    return doer.agents().isEmpty() || reacting.agents().isEmpty() || doer.agents().get(0).equals(reacting.agents().get(0));
  }

  /** The definite noun the reaction is about: its object, or a topic phrase ("protested over the arrests"). */
  private static @Nullable Integer topicNoun(SentenceGraph g, int trigger) {
    List<Integer> candidates = new ArrayList<>();
    Integer obj = g.child(trigger, "obj");
    if (obj != null) candidates.add(obj);
    for (int c : g.children(trigger)) {
      if (g.baseRelation(c).equals("obl") && TOPIC_PREPS.contains(String.valueOf(g.caseMarker(c)))) candidates.add(c);
    }
    for (int n : candidates) {
      if (!g.token(n).pos().startsWith("NN") || g.token(n).pos().startsWith("NNP")) continue;
      Integer det = g.child(n, "det");
      if (det != null && DEFINITE.contains(g.lemma(det))) return n;
    }
    return null;
  }

  private static int tokenAt(SentenceGraph g, int begin) {
    for (int i = 0; i < g.size(); i++) if (g.token(i).begin() == begin) return i;
    return -1;
  }
}
