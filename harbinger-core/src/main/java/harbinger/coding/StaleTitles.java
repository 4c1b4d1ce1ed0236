package harbinger.coding;

import harbinger.model.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A former office holder named by a present role that is not an office: "Georgian opposition leader Nino
 * Burjanadze" (a former speaker), "Egyptian opposition leader Mohamed ElBaradei" (a former agency head). Out of
 * office, his record says only ELI; the title the story gives him now says what he acts as (OPP, REB). A mission
 * for his state is a present office too: "U.S. envoy Zalmay Khalilzad" (a former U.N. ambassador) or "China's top
 * diplomat Yang Jiechi" (a former foreign minister) speaks for his government (GOV), which his record no longer
 * says. Stateless.
 */
final class StaleTitles {
  /** Roles a title can give a person out of office. */
  private static final Set<String> PRESENT_ROLES = Set.of("OPP", "REB");
  /** Title words of a diplomatic mission, which give a former office holder his government's role again. */
  private static final Set<String> MISSIONS = Set.of("envoy", "diplomat", "emissary", "negotiator");

  private StaleTitles() {}

  static Optional<ActorResolver.Resolved> retitle(ActorResolver.Resolved person, @Nullable String titleAgent,
                                                  SentenceGraph g, List<Integer> phrase) {
    Actor a = person.actor();
    boolean mission = "GOV".equals(titleAgent) && phrase.stream().anyMatch(i -> MISSIONS.contains(g.lemma(i)));
    if (titleAgent == null || !(PRESENT_ROLES.contains(titleAgent) || mission) || a.country() == null) return Optional.of(person);
    Actor now = new Actor(a.text(), a.country() + titleAgent, a.country(), List.of(titleAgent), a.name(), a.span());
    return Optional.of(new ActorResolver.Resolved(now, person.kind(), person.plural(), person.title()));
  }
}
