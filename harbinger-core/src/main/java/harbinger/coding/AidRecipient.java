package harbinger.coding;

import harbinger.model.Actor;
import harbinger.ontology.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The recipient of aid that the sentence does not name: "German Defence Minister Boris Pistorius visited Kyiv.
 * The minister promised more air defence systems." — aid given or promised (CAMEO 07 and 033) by a party of a
 * country, with no target, goes to the latest other country mentioned in that sentence or the one before. Only for
 * aid, whose recipient news copy routinely leaves to the context; never across more than one sentence. A country the
 * sentence itself names after the trigger wins over one carried over ("Iran did not supply Russia", misparsed); and
 * the subject of the sentence before is never carried over, for it is the doer of that sentence's own event ("Britain
 * imposed similar measures on Iranian individuals. Tehran had never supplied weapons": not Britain). Stateless.
 */
final class AidRecipient {
  private static final Set<String> AID_CODES = Set.of("07", "033");

  private AidRecipient() {}

  static Optional<ActorResolver.Resolved> implied(EventType type, List<ActorResolver.Resolved> sources, Discourse discourse,
                                                  int sentence, int trigger) {
    if (sources.size() != 1 || AID_CODES.stream().noneMatch(type.code()::startsWith)) return Optional.empty();
    String own = sources.get(0).actor().country();
    if (own == null) return Optional.empty();
    Optional<Discourse.Entry> before = discourse.lastOtherCountry(sentence, trigger, own, 1)
        .filter(e -> e.sentence() == sentence || !e.subject());
    Optional<Discourse.Entry> chosen = before.filter(e -> e.sentence() == sentence)
        .or(() -> discourse.firstOtherCountryAfter(sentence, trigger, own)).or(() -> before);
    return chosen.map(e -> {
      Actor a = e.actor();
      return new ActorResolver.Resolved(new Actor(a.text(), a.code(), a.country(), a.agents(), a.name(), null),
          e.kind(), e.plural(), e.title());
    });
  }
}
