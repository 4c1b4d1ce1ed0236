package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The earlier terms of {@code officeholders-3.tsv}: every term ended before parts 1 and 2 begin (1995-01-01), and
 * no term overlaps a term of the same office in any of the three parts by more than the hand-over day. Partial dates
 * of parts 1 and 2 are read so that only certain overlaps are reported (a start as the last day it can mean, an end
 * as the first).
 */
class OfficeholdersFile3Test {
  private static final String DIR = "/harbinger/data/actors/";
  private static final List<String> PARTS = List.of("officeholders-1.tsv", "officeholders-2.tsv", "officeholders-3.tsv");
  private static final LocalDate PARTS_1_AND_2_BEGIN = LocalDate.of(1995, 1, 1);

  private record Term(String file, DataLine line, String office, LocalDate from, LocalDate to) {
    String where() { return file + ":" + line.number() + " " + line.field(0); }
  }

  private static LocalDate date(String text, boolean start) {
    if (text.isEmpty()) return start ? LocalDate.MIN : LocalDate.MAX;
    if (text.length() == 4) return start ? LocalDate.of(Integer.parseInt(text), 12, 31) : LocalDate.of(Integer.parseInt(text), 1, 1);
    if (text.length() == 7) {
      YearMonth m = YearMonth.parse(text);
      return start ? m.atEndOfMonth() : m.atDay(1);
    }
    return LocalDate.parse(text);
  }

  private static List<Term> terms(String file) {
    List<Term> out = new ArrayList<>();
    for (DataLine l : DataFile.readResource(DIR + file)) {
      String role = l.field(4);
      String office = l.field(2) + "/" + role + (role.equals("other") ? "/" + l.field(5) : "");
      out.add(new Term(file, l, office, date(l.field(6), true), date(l.fields().size() > 7 ? l.field(7) : "", false)));
    }
    return out;
  }

  @Test
  void everyEarlierTermEndsBeforeTheOtherPartsBegin() {
    List<String> late = terms("officeholders-3.tsv").stream()
        .filter(t -> !t.to().isBefore(PARTS_1_AND_2_BEGIN) || t.to().isBefore(t.from())).map(Term::where).toList();
    assertEquals(List.of(), late);
  }

  @Test
  void noEarlierTermOverlapsAnotherTermOfTheSameOffice() {
    List<Term> all = new ArrayList<>();
    for (String p : PARTS) all.addAll(terms(p));
    List<String> overlaps = new ArrayList<>();
    for (Term a : terms("officeholders-3.tsv")) {
      for (Term b : all) {
        if (b.file().equals(a.file()) && b.line().number() == a.line().number() || !a.office().equals(b.office())) continue;
        LocalDate start = a.from().isAfter(b.from()) ? a.from() : b.from();
        LocalDate end = a.to().isBefore(b.to()) ? a.to() : b.to();
        if (start.isBefore(end)) overlaps.add(a.where() + " overlaps " + b.where());
      }
    }
    assertEquals(List.of(), overlaps);
  }

  @Test
  void theLoadedKnowledgeAnswersForTheEarlierYears() {
    ActorKnowledge k = ActorKnowledgeFiles.loadDefault();
    assertEquals("Ronald Reagan", k.findHolder("USA", "head_of_state", LocalDate.of(1985, 6, 1)).orElseThrow().person());
    assertEquals("Mikhail Gorbachev", k.findHolder("SUN", "head_of_state", LocalDate.of(1988, 1, 1)).orElseThrow().person());
    Set<String> bushes = k.findTerms("Bush").stream().map(OfficeTerm::person).collect(Collectors.toSet());
    assertTrue(bushes.contains("George H. W. Bush") && bushes.size() >= 2, () -> "two presidents Bush: " + bushes);
  }
}
