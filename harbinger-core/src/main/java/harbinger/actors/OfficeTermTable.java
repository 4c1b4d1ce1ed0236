package harbinger.actors;

import harbinger.data.DataLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dated office terms from the officeholders files, indexed by person name or alias and by office
 * (country + role). Unlike the other files, one alias may name several people (two presidents Bush); lookups
 * return all of them. Terms that are exactly equal (the same fact in two files) are kept once. Immutable and
 * thread-safe once built.
 */
final class OfficeTermTable {
  /** The roles an office term may have. */
  static final Set<String> ROLES =
      Set.of("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other");

  private static final List<String> COLUMNS =
      List.of("person", "aliases", "country", "agent", "role", "title", "from", "to", "body");
  private static final Comparator<OfficeTerm> OLDEST_FIRST =
      Comparator.comparing(OfficeTerm::from).thenComparing(OfficeTerm::person).thenComparing(OfficeTerm::role);

  private final Map<String, List<OfficeTerm>> byName;
  private final Map<String, List<OfficeTerm>> byOffice;

  private OfficeTermTable(Map<String, List<OfficeTerm>> byName, Map<String, List<OfficeTerm>> byOffice) {
    this.byName = byName;
    this.byOffice = byOffice;
  }

  /**
   * Reads the lines of all officeholders files, in file order.
   *
   * @param bodies codes of the international organisations an office may belong to (9th column)
   * @throws harbinger.error.DictionaryException with {@code file:line:} on a bad column count, an unknown
   *     country, agent or body, an unknown role, a bad date, or a term that ends before it starts
   */
  static OfficeTermTable parse(List<DataLine> lines, CountryTable countries, AgentTable agents, Set<String> bodies) {
    Set<OfficeTerm> terms = new LinkedHashSet<>();
    for (DataLine line : lines) terms.add(parseLine(line, countries, agents, bodies));
    Map<String, List<OfficeTerm>> byName = new HashMap<>();
    Map<String, List<OfficeTerm>> byOffice = new HashMap<>();
    for (OfficeTerm term : terms) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(PhraseKey.of(term.person()));
      term.aliases().forEach(a -> keys.add(PhraseKey.of(a)));
      keys.remove("");
      keys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(term));
      byOffice.computeIfAbsent(officeKey(term.country(), term.role()), x -> new ArrayList<>()).add(term);
    }
    return new OfficeTermTable(sortedCopy(byName), sortedCopy(byOffice));
  }

  private static OfficeTerm parseLine(DataLine line, CountryTable countries, AgentTable agents, Set<String> bodies) {
    LineFields.expectColumns(line, 7, COLUMNS);
    String person = line.expectField(0, "person");
    String country = countries.expectCountry(line, line.expectField(2, "country"));
    String agent = agents.expectAgent(line, line.expectField(3, "agent"));
    String role = line.expectField(4, "role");
    if (!ROLES.contains(role)) {
      throw line.error("unknown role '" + role + "' (expected one of " + String.join(", ", ROLES.stream().sorted().toList()) + ")");
    }
    LocalDate from = LineFields.date(line, line.expectField(6, "from"), "from", false);
    @Nullable LocalDate to = line.field(7).isEmpty() ? null : LineFields.date(line, line.field(7), "to", true);
    if (to != null && to.isBefore(from)) {
      throw line.error("term of " + person + " ends (" + to + ") before it starts (" + from + ")");
    }
    @Nullable String body = line.field(8).isEmpty() ? null : line.field(8);
    if (body != null && !bodies.contains(body)) {
      throw line.error("unknown body '" + body + "' (expected the code of an international organisation in organizations.tsv)");
    }
    return new OfficeTerm(person, LineFields.list(line.field(1)), country, agent, role, line.field(5), from, to, body);
  }

  private static Map<String, List<OfficeTerm>> sortedCopy(Map<String, List<OfficeTerm>> map) {
    Map<String, List<OfficeTerm>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, v.stream().sorted(OLDEST_FIRST).toList()));
    return Map.copyOf(out);
  }

  /** The index key of an office; country and role are compared case-insensitively. */
  static String officeKey(String country, String role) {
    return country.strip().toUpperCase(Locale.ROOT) + "/" + role.strip().toLowerCase(Locale.ROOT);
  }

  /** Terms of the person with this key, oldest first; empty if none. */
  List<OfficeTerm> byName(String key) {
    return byName.getOrDefault(key, List.of());
  }

  /** Terms of the one person whose key is a spelling variant of this one ({@link NameVariants}); empty if none. */
  List<OfficeTerm> byNameNear(String key) {
    return key.isEmpty() ? List.of() : NameVariants.near(key, byName);
  }

  /** Terms of this office, oldest first; empty if none. */
  List<OfficeTerm> byOffice(String country, String role) {
    return byOffice.getOrDefault(officeKey(country, role), List.of());
  }
}
