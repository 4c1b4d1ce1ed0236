package harbinger.ontology;

import java.util.List;
import java.util.Optional;

/** Immutable, thread-safe index of CAMEO event types. */
public interface CameoOntology {
  /** The event type for a code such as "0256", or empty. */
  Optional<EventType> find(String code);

  /**
   * The event type for a code that must exist (a bug otherwise).
   *
   * @throws IllegalArgumentException if the code is not in the ontology
   */
  EventType expect(String code);

  /** Every code, in code order. */
  List<EventType> all();
}
