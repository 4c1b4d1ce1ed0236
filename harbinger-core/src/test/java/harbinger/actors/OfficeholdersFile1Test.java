package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Format checks for the dated office-holder file {@code officeholders-1.tsv}, parsed directly with
 * {@link DataFile#readResource}. Every problem is reported with its {@code file:line}; the test fails
 * with the full list rather than at the first problem.
 *
 * <p>Columns: person, aliases, country, agent, role, title, from, to. Dates are ISO {@code YYYY-MM-DD},
 * {@code YYYY-MM} or {@code YYYY}; a partial date stands for the whole period it names, so two terms
 * overlap only if they overlap whatever the unknown days are. Terms of the same (country, role) may
 * share one transition day; for role {@code other}, which groups unrelated offices, the title is part
 * of the key.
 */
class OfficeholdersFile1Test {

  private static final String RESOURCE = "/harbinger/data/actors/officeholders-1.tsv";

  @Test
  void everyLineIsWellFormedAndNoTermsOfTheSameOfficeOverlap() {
    List<String> problems = TermChecker.check(DataFile.readResource(RESOURCE));
    assertTrue(problems.isEmpty(),
        () -> problems.size() + " problem(s) in " + RESOURCE + ":\n" + String.join("\n", problems));
  }

  @Test
  void checkerReportsEachKindOfProblemWithFileAndLine() throws IOException {
    String text = String.join("\n",
        "# comment",
        "Good Person\tGood\tUSA\tGOV\thead_of_state\tPresident\t2001-01-20\t2009-01-20",
        "Too Few\t\tUSA\tGOV\thead_of_state\tPresident\t2001-01-20",
        "Bad Country\t\tusa\tGOV\tforeign_minister\tSecretary of State\t2001-01-20\t",
        "Bad Role\t\tUSA\tGOV\tking\tKing\t2001-01-20\t",
        "Bad Date\t\tUSA\tGOV\tdefence_minister\tDefense Secretary\t2001-13-01\t",
        "Backwards\t\tUSA\tGOV\tother\tVice President\t2005-01-01\t2004-12-31",
        "Overlapping\tOverlap;;X\tUSA\tGOV\thead_of_state\tPresident\t2008-06-01\t2010-01-01",
        "Open Ended\t\tFRA\tGOV\thead_of_government\tPrime Minister\t2000-01-01\t",
        "Later Start\t\tFRA\tGOV\thead_of_government\tPrime Minister\t2001\t",
        "");
    List<String> problems = TermChecker.check(
        DataFile.read("sample.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

    assertEquals(List.of(
            "sample.tsv:3: expected 8 tab-separated columns but found 7",
            "sample.tsv:4: country 'usa' is not three upper-case letters",
            "sample.tsv:5: role 'king' is not one of " + TermChecker.ROLES,
            "sample.tsv:6: from '2001-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
            "sample.tsv:7: to 2004-12-31 is before from 2005-01-01",
            "sample.tsv:8: empty alias in 'Overlap;;X'",
            "sample.tsv:8: Overlapping (2008-06-01..2010-01-01) overlaps Good Person (sample.tsv:2, "
                + "2001-01-20..2009-01-20) in USA head_of_state",
            "sample.tsv:10: Later Start (2001-01-01/2001-12-31..) overlaps Open Ended (sample.tsv:9, "
                + "2000-01-01..) in FRA head_of_government"),
        problems);
  }

  @Test
  void checkerAllowsOneTransitionDayAndPartialDatesThatMayNotOverlap() throws IOException {
    String text = String.join("\n",
        "A\t\tRUS\tGOV\thead_of_state\tPresident\t1991-07-10\t1999-12-31",
        "B\t\tRUS\tGOV\thead_of_state\tPresident\t1999-12-31\t2008-05",
        "C\t\tRUS\tGOV\thead_of_state\tPresident\t2008-05\t",
        "D\t\tRUS\tGOV\tother\tSpokesman\t2000\t",
        "E\t\tRUS\tMIL\tother\tArmy Chief\t2000\t",
        "");
    List<String> problems = TermChecker.check(
        DataFile.read("ok.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of(), problems);
  }

  @Test
  void fileNamesTheHoldersOfTheExampleArticleDate() {
    LocalDate date = LocalDate.of(2021, 12, 30);
    List<DataLine> lines = DataFile.readResource(RESOURCE);
    assertEquals(List.of("Joe Biden"), holders(lines, "USA", "head_of_state", date));
    assertEquals(List.of("Vladimir Putin"), holders(lines, "RUS", "head_of_state", date));
    assertEquals(List.of("Mikhail Mishustin"), holders(lines, "RUS", "head_of_government", date));
    assertEquals(List.of("Sergey Lavrov"), holders(lines, "RUS", "foreign_minister", date));
  }

  @Test
  void everyCountryInTheFileHasAHeadOfStateOnSampleDates() {
    List<DataLine> lines = DataFile.readResource(RESOURCE);
    Set<String> countries = lines.stream().map(l -> l.field(2)).collect(Collectors.toCollection(TreeSet::new));
    List<String> missing = new ArrayList<>();
    for (String country : countries) {
      for (LocalDate date : List.of(LocalDate.of(2000, 6, 1), LocalDate.of(2012, 6, 1), LocalDate.of(2020, 6, 1))) {
        if (holders(lines, country, "head_of_state", date).isEmpty()) missing.add(country + " " + date);
      }
    }
    assertTrue(countries.size() >= 40, () -> "only " + countries.size() + " countries: " + countries);
    assertEquals(List.of(), missing);
  }

  /** Persons holding (country, role) on a date, counting partial dates at their widest. */
  private static List<String> holders(List<DataLine> lines, String country, String role, LocalDate date) {
    List<String> out = new ArrayList<>();
    for (DataLine l : lines) {
      if (!l.field(2).equals(country) || !l.field(4).equals(role)) continue;
      Span from = Span.parse(l.field(6));
      Span to = l.field(7).isEmpty() ? null : Span.parse(l.field(7));
      if (from != null && !date.isBefore(from.first()) && (to == null || !date.isAfter(to.last()))) {
        out.add(l.field(0));
      }
    }
    return out;
  }

  /** A date as written: a day, or the first and last day of the month or year it names. */
  record Span(LocalDate first, LocalDate last) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The span, or null when the text is not a valid date. */
    static @Nullable Span parse(String text) {
      try {
        if (DAY.matcher(text).matches()) {
          LocalDate d = LocalDate.parse(text);
          return new Span(d, d);
        }
        if (MONTH.matcher(text).matches()) {
          YearMonth m = YearMonth.parse(text);
          return new Span(m.atDay(1), m.atEndOfMonth());
        }
        if (YEAR.matcher(text).matches()) {
          int y = Integer.parseInt(text);
          return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
      } catch (DateTimeException e) {
        return null;
      }
      return null;
    }

    @Override public String toString() {
      return first.equals(last) ? first.toString() : first + "/" + last;
    }
  }

  /**
   * Line checks, then overlap checks per office. Returns the line problems in line order followed by the
   * overlap problems; a line whose dates cannot be read takes no part in the overlap check.
   */
  static final class TermChecker {
    static final Set<String> ROLES = new TreeSet<>(Set.of(
        "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other"));
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private record Term(DataLine line, Span from, @Nullable Span to) {
      String where() { return line.file() + ":" + line.number(); }
      LocalDate lastPossibleStart() { return from.last(); }
      LocalDate earliestPossibleEnd() { return to == null ? LocalDate.MAX : to.first(); }
      String period() { return from + ".." + (to == null ? "" : to); }
    }

    private TermChecker() {}

    static List<String> check(List<DataLine> lines) {
      List<String> problems = new ArrayList<>();
      Map<String, List<Term>> byOffice = new LinkedHashMap<>();
      for (DataLine line : lines) {
        Term term = checkLine(line, problems);
        if (term != null) {
          String role = line.field(4);
          String key = line.field(2) + " " + role + (role.equals("other") ? " '" + line.field(5) + "'" : "");
          byOffice.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
        }
      }
      byOffice.forEach((office, terms) -> checkOverlaps(office, terms, problems));
      return problems;
    }

    private static @Nullable Term checkLine(DataLine line, List<String> problems) {
      String at = line.file() + ":" + line.number() + ": ";
      if (line.fields().size() != 8) {
        problems.add(at + "expected 8 tab-separated columns but found " + line.fields().size());
        return null;
      }
      if (line.field(0).isEmpty()) problems.add(at + "empty person");
      String aliases = line.field(1);
      if (!aliases.isEmpty() && Arrays.stream(aliases.split(";", -1)).anyMatch(String::isBlank)) {
        problems.add(at + "empty alias in '" + aliases + "'");
      }
      if (!CODE.matcher(line.field(2)).matches()) {
        problems.add(at + "country '" + line.field(2) + "' is not three upper-case letters");
      }
      if (!CODE.matcher(line.field(3)).matches()) {
        problems.add(at + "agent '" + line.field(3) + "' is not three upper-case letters");
      }
      if (!ROLES.contains(line.field(4))) problems.add(at + "role '" + line.field(4) + "' is not one of " + ROLES);
      if (line.field(5).isEmpty()) problems.add(at + "empty title");
      Span from = Span.parse(line.field(6));
      if (from == null) problems.add(at + "from '" + line.field(6) + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
      Span to = null;
      if (!line.field(7).isEmpty()) {
        to = Span.parse(line.field(7));
        if (to == null) problems.add(at + "to '" + line.field(7) + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
      }
      if (from == null || (to == null && !line.field(7).isEmpty())) return null;
      if (to != null && to.last().isBefore(from.first())) {
        problems.add(at + "to " + to + " is before from " + from);
        return null;
      }
      return new Term(line, from, to);
    }

    /** Two terms overlap when the later one surely starts more than one day before the earlier one can end. */
    private static void checkOverlaps(String office, List<Term> terms, List<String> problems) {
      List<Term> sorted = new ArrayList<>(terms);
      sorted.sort(Comparator.comparing((Term t) -> t.from().first()).thenComparing(t -> t.line().number()));
      for (int i = 0; i < sorted.size(); i++) {
        Term earlier = sorted.get(i);
        LocalDate end = earlier.earliestPossibleEnd();
        for (int j = i + 1; j < sorted.size(); j++) {
          Term later = sorted.get(j);
          if (end.equals(LocalDate.MAX) || later.lastPossibleStart().isBefore(end.minusDays(1))) {
            problems.add(later.where() + ": " + later.line().field(0) + " (" + later.period() + ") overlaps "
                + earlier.line().field(0) + " (" + earlier.where() + ", " + earlier.period() + ") in " + office);
          }
        }
      }
    }
  }
}
