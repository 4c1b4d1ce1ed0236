package harbinger.actors;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory.
 *
 * @param code ISO-3166 alpha-3 ("RUS"); a few CAMEO non-ISO codes are allowed (e.g. "PSE", "KSV")
 * @param name canonical English name
 * @param names other names and abbreviations ("Russian Federation", "U.S.", "America")
 * @param adjectives demonyms and adjectives, singular and plural ("Russian", "Russians")
 * @param capitals capital and seat-of-government city names ("Moscow")
 */
public record Country(String code, String name, List<String> names, List<String> adjectives, List<String> capitals) {
  public Country {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    capitals = List.copyOf(capitals);
  }
}
