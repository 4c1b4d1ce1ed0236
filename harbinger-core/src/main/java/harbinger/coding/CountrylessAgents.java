package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A state force named without its country as the agent of a passive act of violence: "was badly beaten by police
 * after his arrest in Harare", "was beaten by soldiers in Arua". The force is named, so it is no unidentified
 * attacker; its country is the one {@link UnknownAttackers} infers (where it happened, else its civilian victims'),
 * and the agent is that of the by-phrase's noun (COP, MIL). Only plain force nouns, without a modifier that could
 * name another state or a private party ("by Israeli soldiers" resolves on its own; "by masked men" is no force).
 * Stateless.
 */
final class CountrylessAgents {
  private CountrylessAgents() {}

  private static final Set<String> FORCE_AGENTS = Set.of("MIL", "COP");

  /** The state agent (MIL, COP) of the bare by-phrase agent of passive trigger {@code trigger}, or null. */
  static @Nullable String agentOf(SentenceGraph g, int trigger, ActorKnowledge knowledge) {
    if (g.child(trigger, "aux:pass") == null && g.child(trigger, "nsubj:pass") == null) return null;
    for (int c : g.children(trigger)) {
      if (!g.baseRelation(c).equals("obl") || !"by".equals(g.caseMarker(c))) continue;
      for (int m : g.children(c)) {
        String rel = g.relation(m);
        if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("nummod")) return null;
      }
      Optional<String> agent = knowledge.findAgent(g.word(c).toLowerCase(Locale.ROOT)).or(() -> knowledge.findAgent(g.lemma(c)));
      return agent.filter(FORCE_AGENTS::contains).orElse(null);
    }
    return null;
  }
}
