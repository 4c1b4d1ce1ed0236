package harbinger.ontology;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link CameoOntology} over an immutable map from code to type. Immutable and thread-safe. Callers
 * ({@link CameoFileParser}) have already validated the types and made codes unique.
 */
final class IndexedCameoOntology implements CameoOntology {
  private final Map<String, EventType> byCode;
  private final List<EventType> inCodeOrder;

  IndexedCameoOntology(List<EventType> types) {
    this.byCode = Map.copyOf(types.stream().collect(Collectors.toMap(EventType::code, Function.identity())));
    // Codes are zero-padded, so string order puts each code right after its parent ("01" < "010" < "02").
    this.inCodeOrder = types.stream().sorted(Comparator.comparing(EventType::code)).toList();
  }

  @Override
  public Optional<EventType> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** @throws IllegalArgumentException if the code is not in the ontology */
  @Override
  public EventType expect(String code) {
    EventType t = byCode.get(code);
    if (t == null) throw new IllegalArgumentException("unknown CAMEO code '" + code + "'");
    return t;
  }

  @Override
  public List<EventType> all() {
    return inCodeOrder;
  }

  @Override
  public String toString() {
    return "CameoOntology[" + inCodeOrder.size() + " codes]";
  }
}
