package harbinger.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One gold sentence of the PLOVER set: one event with its type and the actor codes of its sources and
 * targets.
 *
 * @param id gold id
 * @param text the sentence
 * @param type the gold PLOVER type as written in the gold (draft 0.5 names such as DEMAND)
 * @param sources source actor codes (ISO-3166 alpha-3 country codes, or group codes such as IGO)
 * @param targets target actor codes; empty when the gold event has no target
 * @param reciprocal true when the event is mutual and either direction is accepted
 * @param date the event date, or null (null for every record of today's file)
 */
public record PloverRecord(String id, String text, String type, List<String> sources, List<String> targets,
                           boolean reciprocal, @Nullable LocalDate date) {
  /** PLOVER draft 0.5 names and the names Harbinger uses today (gold README, "PLOVER versions"). */
  static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE");

  public PloverRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** The gold type under today's PLOVER names (DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT, INVESTIGATE → ACCUSE). */
  public String currentType() { return RENAMED.getOrDefault(type, type); }
}
