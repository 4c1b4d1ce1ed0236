package harbinger.actors;

import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The valid agent codes ({@code agent_codes.tsv}) and the role nouns that map to them ({@code agents.tsv}).
 * Immutable and thread-safe once built.
 */
final class AgentTable {
  private static final List<String> CODE_COLUMNS = List.of("code", "description");
  private static final List<String> TERM_COLUMNS = List.of("term", "agent");

  private final Set<String> codes;
  private final Map<String, String> byTerm;

  private AgentTable(Set<String> codes, Map<String, String> byTerm) {
    this.codes = Set.copyOf(codes);
    this.byTerm = Map.copyOf(byTerm);
  }

  /**
   * Reads both files.
   *
   * @throws harbinger.error.DictionaryException on a bad column count, a malformed or repeated code, an
   *     unknown agent, or a term mapped to two different agents
   */
  static AgentTable parse(List<DataLine> codeLines, List<DataLine> termLines) {
    Map<String, Integer> codes = new HashMap<>();
    for (DataLine line : codeLines) {
      LineFields.expectColumns(line, 2, CODE_COLUMNS);
      String code = LineFields.code(line, line.expectField(0, "code"), "agent code");
      line.expectField(1, "description");
      Integer previous = codes.putIfAbsent(code, line.number());
      if (previous != null) throw line.error("duplicate agent code '" + code + "' (first at line " + previous + ")");
    }
    AgentTable partial = new AgentTable(codes.keySet(), Map.of());
    AliasIndex<String> terms = new AliasIndex<>("term", agent -> agent);
    for (DataLine line : termLines) {
      LineFields.expectColumns(line, 2, TERM_COLUMNS);
      String term = line.expectField(0, "term");
      terms.add(line, term, partial.expectAgent(line, line.expectField(1, "agent")));
    }
    return new AgentTable(codes.keySet(), terms.toMap());
  }

  /**
   * Checks an agent code read from {@code line}.
   *
   * @throws harbinger.error.DictionaryException if it is malformed or not in {@code agent_codes.tsv}
   */
  String expectAgent(DataLine line, String value) {
    LineFields.code(line, value, "agent code");
    if (!codes.contains(value)) throw line.error("unknown agent code '" + value + "' (not in agent_codes.tsv)");
    return value;
  }

  boolean isAgent(String code) {
    return codes.contains(code);
  }

  Map<String, String> byTerm() {
    return byTerm;
  }
}
