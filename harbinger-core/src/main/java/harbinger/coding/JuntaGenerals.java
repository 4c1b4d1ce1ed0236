package harbinger.coding;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The generals of a military government are its government: "Myanmar's generals" in 2007, "Egypt's ruling generals"
 * in 2011 are coded GOV, while an army's generals under a civilian government stay MIL. A country's periods of
 * military rule are read from {@code military-governments.tsv}; the modifier "ruling" ("the ruling generals",
 * "the ruling military council") says so on any date. Thread-safe (immutable).
 */
final class JuntaGenerals {
  static final String RESOURCE = "/harbinger/data/actors/military-governments.tsv";
  private static final Set<String> GENERALS = Set.of("general", "junta", "colonel", "council");
  private static final List<Period> PERIODS = parse(DataFile.readResource(RESOURCE));

  /** One period of military rule of a country, both days included ({@code last} null: not ended). */
  record Period(String country, LocalDate first, @Nullable LocalDate last) {
    boolean covers(LocalDate d) { return !d.isBefore(first) && (last == null || !d.isAfter(last)); }
  }

  private JuntaGenerals() {}

  /**
   * The agent for a group headed by {@code head} of country {@code country}, given the agent its head noun gave:
   * GOV for the plural "generals" (or a "ruling" junta or council) of a country under military rule on
   * {@code asOf}; {@code agent} otherwise.
   */
  static @Nullable String agent(SentenceGraph g, int head, String country, @Nullable String agent, @Nullable LocalDate asOf) {
    if (!"MIL".equals(agent) || !GENERALS.contains(g.lemma(head))) return agent;
    boolean ruling = g.children(head).stream().anyMatch(c -> g.lemma(c).equals("ruling") || g.lemma(c).equals("rule"));
    boolean plural = g.token(head).pos().startsWith("NNS") || !g.lemma(head).equals("general");
    if (ruling || plural && asOf != null && ruled(country, asOf) && !armyNamed(g, head)) return "GOV";
    return agent;
  }

  /** "Myanmar army generals", "generals of the army": the army's officers, whoever rules. */
  private static boolean armyNamed(SentenceGraph g, int head) {
    return g.children(head).stream().anyMatch(c -> Set.of("army", "military", "navy", "force").contains(g.lemma(c)));
  }

  static boolean ruled(String country, LocalDate d) {
    return PERIODS.stream().anyMatch(p -> p.country().equals(country) && p.covers(d));
  }

  static List<Period> parse(List<DataLine> lines) {
    List<Period> out = new ArrayList<>();
    for (DataLine line : lines) {
      String code = line.expectField(0, "country code");
      if (!code.matches("[A-Z]{3}")) throw line.error("country code must be three capital letters, got '" + code + "'");
      try {
        LocalDate first = LocalDate.parse(line.expectField(1, "first day"));
        String lastField = line.expectField(2, "last day");
        LocalDate last = lastField.equals("-") ? null : LocalDate.parse(lastField);
        if (last != null && last.isBefore(first)) throw line.error("last day " + last + " before first day " + first);
        out.add(new Period(code, first, last));
      } catch (DateTimeParseException e) {
        throw line.error("bad date: " + e.getParsedString());
      }
    }
    return List.copyOf(out);
  }
}
