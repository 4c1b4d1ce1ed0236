package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Format checks for the data file {@code officeholders-2.tsv}, read directly with {@link DataFile} (independent of
 * the loader). Every problem is collected and reported with its {@code file:line}, so one run shows them all.
 *
 * <p>Implementation notes: a date may be {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. A partial date stands
 * for a range of days (its month or year), so the order and overlap checks flag only what is certainly wrong: a term
 * whose {@code to} lies wholly before its {@code from}, and two terms of the same (country, role) that share more
 * than one day whichever days the partial dates mean. So {@code to=2006} / {@code from=2006}, or
 * {@code to=2019-06-10} / {@code from=2019-06}, pass. For role {@code other}, which groups unrelated offices, the
 * title is part of the key.
 */
class OfficeholdersFile2Test {

  private static final String RESOURCE = "/harbinger/data/actors/officeholders-2.tsv";
  private static final Set<String> ROLES =
      Set.of("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern AGENT = Pattern.compile("[A-Z]{3}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2027, 12, 31);

  /** One parsed row: enough to check order and overlap. */
  private record Row(DataLine line, String key, String person, Span from, @Nullable Span to) {
    /** Earliest day the term can have ended; open terms never end. */
    LocalDate endsNoEarlierThan() { return to == null ? LocalDate.MAX : to.first(); }
  }

  /** The days a possibly partial date can mean. */
  private record Span(String text, LocalDate first, LocalDate last) {}

  @Test
  void everyRowOfTheShippedFileIsWellFormedAndTermsDoNotOverlap() {
    List<DataLine> lines = DataFile.readResource(RESOURCE);
    assertTrue(lines.size() > 100, () -> RESOURCE + " has only " + lines.size() + " data rows");
    List<String> problems = check(lines);
    assertTrue(problems.isEmpty(),
        () -> problems.size() + " problem(s):\n" + String.join("\n", problems));
  }

  @Test
  void shippedFileCoversEveryCountryOfThisPart() {
    Set<String> expected = Set.of("YEM", "LBY", "SDN", "SSD", "ETH", "ERI", "SOM", "KEN", "NGA", "ZAF", "ZWE",
        "COD", "RWA", "UGA", "MLI", "NER", "DZA", "MAR", "TUN", "QAT", "ARE", "KWT", "BHR", "OMN", "ARM", "AZE",
        "KAZ", "SRB", "KSV", "BIH", "HRV", "CYP", "SWE", "NOR", "FIN", "DNK", "AUT", "CHE", "HUN", "ROU", "IDN",
        "PHL", "THA", "MMR", "VNM", "BGD", "LKA", "NPL", "MYS", "NZL", "CHL", "PER", "BOL", "NIC", "HTI");
    Map<String, Set<String>> rolesByCountry = DataFile.readResource(RESOURCE).stream()
        .collect(Collectors.groupingBy(l -> l.field(2), Collectors.mapping(l -> l.field(4), Collectors.toSet())));
    List<String> missing = new ArrayList<>();
    for (String c : expected.stream().sorted().toList()) {
      Set<String> roles = rolesByCountry.getOrDefault(c, Set.of());
      if (!roles.contains("head_of_state")) missing.add(c + ": no head_of_state");
      if (!roles.contains("foreign_minister")) missing.add(c + ": no foreign_minister");
    }
    assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
  }

  @Test
  void reportsEveryKindOfProblemWithFileAndLine() throws IOException {
    String text = String.join("\n",
        "# comment",
        "A B\t\tYEM\tGOV\thead_of_state\tPresident\t2000-01-01\t2005-01-01",
        "C D\t\tYEM\tGOV\thead_of_state\tPresident\t2004-06-01\t2004-12-31",      // overlaps line 2
        "E F\t\tyem\tGOV\tking\tKing\t2001-13-01\t2000-01-01",                     // country, role, date
        "G H\t\tYEM\tGOV\tforeign_minister\tForeign Minister\t2003-05-01\t2002-01-01", // to < from
        "I J\t\tYEM\tGOV\tforeign_minister",                                       // 5 columns
        "K L\t\tYEM\tGOV\thead_of_state\tPresident\t2005-01-01\t2006");           // one shared day with line 2
    List<DataLine> lines = DataFile.read("bad.tsv",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<String> problems = check(lines);
    String all = String.join("\n", problems);
    assertTrue(all.contains("bad.tsv:3:") && all.contains("overlaps bad.tsv:2"), all);
    assertTrue(all.contains("bad.tsv:4: country"), all);
    assertTrue(all.contains("bad.tsv:4: role"), all);
    assertTrue(all.contains("bad.tsv:4: from"), all);
    assertTrue(all.contains("bad.tsv:5: to 2002-01-01 is before from"), all);
    assertTrue(all.contains("bad.tsv:6: expected 8 columns"), all);
    assertFalse(all.contains("bad.tsv:7:"), all);
    assertEquals(6, problems.size(), all);
  }

  @Test
  void acceptsPartialDatesAtATransition() throws IOException {
    String text = String.join("\n",
        "A B\tB\tERI\tGOV\tforeign_minister\tForeign Minister\t1994\t1997",
        "C D\t\tERI\tGOV\tforeign_minister\tForeign Minister\t1997\t2000-05",
        "E F\tF; E. F.\tERI\tGOV\tforeign_minister\tForeign Minister\t2000-05\t2003-06-10",
        "G H\t\tERI\tGOV\tforeign_minister\tForeign Minister\t2003-06\t");
    List<DataLine> lines = DataFile.read("ok.tsv",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), check(lines));
  }

  /** Returns one {@code file:line: message} string per problem, in file order; empty if the rows are valid. */
  private static List<String> check(List<DataLine> lines) {
    List<String> problems = new ArrayList<>();
    Map<String, List<Row>> byKey = new LinkedHashMap<>();
    for (DataLine line : lines) {
      String at = line.file() + ":" + line.number() + ": ";
      if (line.fields().size() != 8) {
        problems.add(at + "expected 8 columns but found " + line.fields().size());
        continue;
      }
      String person = line.field(0);
      if (person.isEmpty()) problems.add(at + "person is empty");
      String aliases = line.field(1);
      if (!aliases.isEmpty()) {
        for (String alias : aliases.split(";", -1)) {
          if (alias.isBlank()) problems.add(at + "empty alias in '" + aliases + "'");
        }
      }
      String country = line.field(2);
      if (!COUNTRY.matcher(country).matches()) {
        problems.add(at + "country '" + country + "' is not three upper-case letters");
      }
      String agent = line.field(3);
      if (!AGENT.matcher(agent).matches()) problems.add(at + "agent '" + agent + "' is not a three-letter code");
      String role = line.field(4);
      if (!ROLES.contains(role)) problems.add(at + "role '" + role + "' is not one of " + ROLES);
      if (line.field(5).isEmpty()) problems.add(at + "title is empty");
      Span from = parseDate(line.field(6), "from", at, problems);
      Span to = line.field(7).isEmpty() ? null : parseDate(line.field(7), "to", at, problems);
      if (from == null || (to == null && !line.field(7).isEmpty())) continue;
      if (to != null && to.last().isBefore(from.first())) {
        problems.add(at + "to " + line.field(7) + " is before from " + line.field(6));
        continue;
      }
      String key = country + "/" + role + ("other".equals(role) ? "/" + line.field(5) : "");
      byKey.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Row(line, key, person, from, to));
    }
    for (List<Row> rows : byKey.values()) {
      rows.sort(Comparator.comparing((Row r) -> r.from().first()).thenComparing(r -> r.line().number()));
      for (int i = 1; i < rows.size(); i++) {
        Row cur = rows.get(i);
        for (int j = 0; j < i; j++) {
          Row prev = rows.get(j);
          // more than one shared day for every reading of the partial dates
          boolean overlaps = prev.endsNoEarlierThan().isAfter(cur.from().last())
              && cur.endsNoEarlierThan().isAfter(prev.from().last());
          if (overlaps) {
            problems.add(cur.line().file() + ":" + cur.line().number() + ": " + cur.person() + " (" + cur.key()
                + " from " + cur.from().text() + ") overlaps " + prev.line().file() + ":" + prev.line().number()
                + " (" + prev.person() + " until " + (prev.to() == null ? "open" : prev.to().text()) + ")");
          }
        }
      }
    }
    problems.sort(Comparator.comparingInt(OfficeholdersFile2Test::lineNumberOf));
    return problems;
  }

  private static @Nullable Span parseDate(String text, String column, String at, List<String> problems) {
    if (!DATE.matcher(text).matches()) {
      problems.add(at + column + " '" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
      return null;
    }
    Span span;
    try {
      span = switch (text.length()) {
        case 4 -> new Span(text, LocalDate.of(Integer.parseInt(text), 1, 1),
            LocalDate.of(Integer.parseInt(text), 12, 31));
        case 7 -> new Span(text, YearMonth.parse(text).atDay(1), YearMonth.parse(text).atEndOfMonth());
        default -> new Span(text, LocalDate.parse(text), LocalDate.parse(text));
      };
    } catch (DateTimeParseException e) {
      problems.add(at + column + " '" + text + "' is not a valid date: " + e.getMessage());
      return null;
    }
    if (span.first().isBefore(EARLIEST) || span.last().isAfter(LATEST)) {
      problems.add(at + column + " " + text + " is outside " + EARLIEST + ".." + LATEST);
      return null;
    }
    return span;
  }

  private static int lineNumberOf(String problem) {
    String[] parts = problem.split(":", 3);
    try {
      return Integer.parseInt(parts[1]);
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }
}
