package harbinger.actors;

import harbinger.data.DataLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Organisations and metonyms from {@code organizations.tsv}, indexed by name and alias (keys from
 * {@link PhraseKey}). Immutable and thread-safe once built.
 *
 * <p>Checks per line: the code is made of three-letter blocks; with a country, the country exists and the code
 * starts with it; without one, the code starts with an agent code (IGO, NGO, IMG, ...); every listed agent is
 * valid and occurs as a block of the code, so "PSEREBHMS" may list REB but not GOV. One alias may name only
 * one line.
 */
final class OrganizationTable {
  private static final List<String> COLUMNS = List.of("code", "name", "aliases", "country", "agents");
  private static final Pattern BLOCKS = Pattern.compile("(?:[A-Z]{3})+");

  private final List<Organization> organizations;
  private final Map<String, Organization> byAlias;

  private OrganizationTable(List<Organization> organizations, Map<String, Organization> byAlias) {
    this.organizations = List.copyOf(organizations);
    this.byAlias = byAlias;
  }

  /**
   * Reads {@code organizations.tsv}, checking countries and agents against the tables already loaded.
   *
   * @throws harbinger.error.DictionaryException with {@code file:line:} on any failed check
   */
  static OrganizationTable parse(List<DataLine> lines, CountryTable countries, AgentTable agents) {
    List<Organization> organizations = new ArrayList<>();
    AliasIndex<Organization> index =
        new AliasIndex<>("organisation alias", o -> o.code() + " (" + o.name() + ")");
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 5, COLUMNS);
      String code = line.expectField(0, "code");
      if (!BLOCKS.matcher(code).matches()) {
        throw line.error("invalid actor code '" + code + "' (expected blocks of three upper-case letters)");
      }
      @Nullable String country = line.field(3).isEmpty() ? null : countries.expectCountry(line, line.field(3));
      String head = code.substring(0, 3);
      if (country != null && !head.equals(country)) {
        throw line.error("actor code '" + code + "' does not start with its country '" + country + "'");
      }
      if (country == null && !agents.isAgent(head)) {
        throw line.error("actor code '" + code + "' has no country, so it must start with an international "
            + "agent code such as IGO, NGO or IMG");
      }
      List<String> agentList = LineFields.list(line.expectField(4, "agents"));
      for (String agent : agentList) {
        agents.expectAgent(line, agent);
        if (!hasBlock(code, agent)) throw line.error("agent '" + agent + "' does not occur in actor code '" + code + "'");
      }
      Organization org = new Organization(code, line.expectField(1, "name"), LineFields.list(line.field(2)),
          country, agentList);
      index.add(line, org.name(), org);
      org.aliases().forEach(a -> index.add(line, a, org));
      organizations.add(org);
    }
    return new OrganizationTable(organizations, index.toMap());
  }

  private static boolean hasBlock(String code, String block) {
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      if (code.startsWith(block, i)) return true;
    }
    return false;
  }

  List<Organization> organizations() { return organizations; }
  Map<String, Organization> byAlias() { return byAlias; }
}
