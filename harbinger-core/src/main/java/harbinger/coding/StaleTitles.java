package harbinger.coding;

import harbinger.model.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A former office holder named by a present role that is not an office: "Georgian opposition leader Nino
 * Burjanadze" (a former speaker), "Egyptian opposition leader Mohamed ElBaradei" (a former agency head). Out of
 * office, his record says only ELI; the title the story gives him now says what he acts as (OPP, REB). Stateless.
 */
final class StaleTitles {
  /** Roles a title can give a person out of office. */
  private static final Set<String> PRESENT_ROLES = Set.of("OPP", "REB");

  private StaleTitles() {}

  static Optional<ActorResolver.Resolved> retitle(ActorResolver.Resolved person, @Nullable String titleAgent) {
    Actor a = person.actor();
    if (titleAgent == null || !PRESENT_ROLES.contains(titleAgent) || a.country() == null) return Optional.of(person);
    Actor now = new Actor(a.text(), a.country() + titleAgent, a.country(), List.of(titleAgent), a.name(), a.span());
    return Optional.of(new ActorResolver.Resolved(now, person.kind(), person.plural(), person.title()));
  }
}
