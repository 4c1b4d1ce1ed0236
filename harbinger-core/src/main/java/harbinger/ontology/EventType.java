package harbinger.ontology;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One CAMEO event code.
 *
 * @param code CAMEO code with leading zeros, 2 to 4 digits ("02", "025", "0256")
 * @param name short name ("Appeal for de-escalation of military engagement")
 * @param goldstein Goldstein value -10..10
 * @param quadClass 1..4 (from the root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4)
 * @param plover PLOVER event type (today's names: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT,
 *               REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)
 * @param ploverMode PLOVER mode or null
 */
public record EventType(String code, String name, double goldstein, int quadClass, String plover,
                        @Nullable String ploverMode) {
  public EventType {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plover, "plover");
  }

  public String root() { return code.substring(0, 2); }
}
