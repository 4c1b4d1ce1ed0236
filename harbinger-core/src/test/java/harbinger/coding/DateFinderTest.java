package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.DatePrecision;
import harbinger.model.Timex;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link DateFinder} on real parses and SUTime values ({@code golden/stages/dates.doc.json}, published
 * 2021-12-30, a Thursday) and on an article without a publication date, whose relative dates stay unresolved.
 */
class DateFinderTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 30);
  private final DateFinder finder = new DateFinder();

  private EventDate dateOf(String fragment, String trigger) {
    SentenceGraph g = Fixtures.graph("dates", fragment);
    return finder.find(g, Fixtures.token(g, trigger), PUBLISHED);
  }

  @Test
  void weekdayResolvedByTheNlpStageGivesThatDay() {
    assertEquals(new EventDate(LocalDate.of(2021, 12, 27), DatePrecision.DAY, true), dateOf("talks on Monday", "hosted"));
  }

  @Test
  void explicitCalendarDate() {
    assertEquals(new EventDate(LocalDate.of(2021, 12, 3), DatePrecision.DAY, true), dateOf("on December 3", "hosted"));
  }

  @Test
  void presentReferenceIsThePublicationDay() {
    SentenceGraph g = Fixtures.graph("dates", "talks now");
    assertTrue(g.sentence().timexes().stream().map(Timex::value).anyMatch("PRESENT_REF"::equals),
        "fixture should carry PRESENT_REF for 'now'");
    assertEquals(new EventDate(PUBLISHED, DatePrecision.DAY, true), dateOf("talks now", "hosting"));
  }

  @Test
  void weekGivesItsMondayWithMonthPrecision() {
    assertEquals(new EventDate(LocalDate.of(2021, 12, 27), DatePrecision.MONTH, true), dateOf("this week", "hosted"));
  }

  @Test
  void monthAndYearKeepTheirPrecision() {
    assertEquals(new EventDate(LocalDate.of(2021, 11, 1), DatePrecision.MONTH, true), dateOf("in November", "hosted"));
    assertEquals(new EventDate(LocalDate.of(2019, 1, 1), DatePrecision.YEAR, true), dateOf("in 2019", "hosted"));
  }

  @Test
  void withoutADateTheEventTakesThePublicationDay() {
    assertEquals(new EventDate(PUBLISHED, DatePrecision.DAY, false), dateOf("Kenya hosted the talks.", "hosted"));
  }

  @Test
  void unresolvedWeekdayNeverBecomesADate() {
    // annotated without a publication date, "On Wednesday" is XXXX-WXX-3
    SentenceGraph g = Fixtures.graph("no-published-date", "On Wednesday");
    assertTrue(g.sentence().timexes().stream().anyMatch(t -> String.valueOf(t.value()).startsWith("XXXX")),
        "fixture should carry an unresolved XXXX value");
    int blocked = Fixtures.token(g, "blocked");
    assertEquals(new EventDate(PUBLISHED, DatePrecision.DAY, false), finder.find(g, blocked, PUBLISHED));
  }

  @Test
  void withoutPublicationDateAndWithoutResolvableDateTheDateIsUnknown() {
    SentenceGraph g = Fixtures.graph("no-published-date", "On Wednesday");
    assertEquals(EventDate.UNKNOWN, finder.find(g, Fixtures.token(g, "blocked"), null));
  }

  @Test
  void explicitDateNeedsNoPublicationDate() {
    SentenceGraph g = Fixtures.graph("dates", "on December 3");
    assertEquals(LocalDate.of(2021, 12, 3), finder.find(g, Fixtures.token(g, "hosted"), null).date());
  }

  @Test
  void parsesTimexValues() {
    assertEquals(Optional.of(new EventDate(LocalDate.of(2022, 9, 12), DatePrecision.MONTH, true)), DateFinder.parse("2022-W37", null));
    assertEquals(Optional.of(new EventDate(LocalDate.of(2021, 1, 1), DatePrecision.YEAR, true)), DateFinder.parse("2021-Q3", null));
    assertEquals(Optional.of(new EventDate(LocalDate.of(1998, 1, 1), DatePrecision.YEAR, true)), DateFinder.parse("FY1998", null));
    assertEquals(Optional.empty(), DateFinder.parse("198", null)); // a decade dates nothing without a publication date
    assertEquals(Optional.of(new EventDate(LocalDate.of(2021, 12, 29), DatePrecision.DAY, true)), DateFinder.parse("2021-12-29T10:00", null));
    assertEquals(Optional.empty(), DateFinder.parse("PRESENT_REF", null));
    assertEquals(Optional.empty(), DateFinder.parse("XXXX-WXX-3", PUBLISHED));
    assertEquals(Optional.empty(), DateFinder.parse("P3D", PUBLISHED));
    assertEquals(Optional.empty(), DateFinder.parse("2021-02-30", PUBLISHED), "impossible dates are not dates");
    assertEquals(Optional.empty(), DateFinder.parse(null, PUBLISHED));
    assertFalse(DateFinder.parse("PAST_REF", PUBLISHED).isPresent());
  }

  @Test
  void aDateOfANounFurtherDownDatesThatNounNotTheVerb() {
    SentenceGraph g = Fixtures.graph("dates", "The envoy will travel to Rome");
    assertEquals(new EventDate(PUBLISHED, DatePrecision.DAY, false), finder.find(g, Fixtures.token(g, "travel"), PUBLISHED),
        "2009 belongs to the shelling on the anniversary");
    assertEquals(new EventDate(LocalDate.of(2009, 1, 1), DatePrecision.YEAR, true),
        finder.find(g, Fixtures.token(g, "shelling"), PUBLISHED));
    SentenceGraph war = Fixtures.graph("dates", "Georgia marked the anniversary of the 2008 war.");
    assertEquals(new EventDate(PUBLISHED, DatePrecision.DAY, false), finder.find(war, Fixtures.token(war, "marked"), PUBLISHED));
    SentenceGraph monday = Fixtures.graph("dates", "2008 war on Monday");
    assertEquals(new EventDate(LocalDate.of(2021, 12, 27), DatePrecision.DAY, true),
        finder.find(monday, Fixtures.token(monday, "marked"), PUBLISHED), "the verb's own date still counts");
  }
  @Test
  void aDecadeOrCenturyOverAtPublicationDatesAHistoryLessonByItsFirstYear() {
    LocalDate published = LocalDate.of(2012, 1, 10);
    assertEquals(Optional.of(new EventDate(LocalDate.of(1960, 1, 1), DatePrecision.YEAR, true)), DateFinder.parse("196", published));
    assertEquals(Optional.of(new EventDate(LocalDate.of(1800, 1, 1), DatePrecision.YEAR, true)), DateFinder.parse("18", published));
    assertEquals(Optional.empty(), DateFinder.parse("201", published)); // the 2010s are still running
    assertEquals(Optional.empty(), DateFinder.parse("20", published)); // and so is the 21st century
  }
}
