package harbinger.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltTsvTest {
  private static final Instant ADDED = Instant.parse("2022-02-18T09:05:07Z");

  private static List<String> fields(String row) { return List.of(row.split("\t", -1)); }

  private static String col(String row, String name) {
    return fields(row).get(fields(GdeltTsv.header()).indexOf(name));
  }

  private static String row(Event e) { return GdeltTsv.row(e, Events.ARTICLE, 7, 1, 1, 1, ADDED); }

  @Test
  void headerHas61ColumnsInGdeltOrder() {
    List<String> h = fields(GdeltTsv.header());
    assertEquals(61, h.size());
    assertEquals("GLOBALEVENTID", h.get(0));
    assertEquals("Actor1Code", h.get(5));
    assertEquals("Actor1Type3Code", h.get(14));
    assertEquals("Actor2Code", h.get(15));
    assertEquals("IsRootEvent", h.get(25));
    assertEquals("GoldsteinScale", h.get(30));
    assertEquals("AvgTone", h.get(34));
    assertEquals("Actor1Geo_Type", h.get(35));
    assertEquals("Actor2Geo_Type", h.get(43));
    assertEquals("ActionGeo_FeatureID", h.get(58));
    assertEquals("DATEADDED", h.get(59));
    assertEquals("SOURCEURL", h.get(60));
    assertEquals(61, h.stream().distinct().count());
  }

  @Test
  void everyRowHas61Fields() {
    assertEquals(61, fields(row(Events.full())).size());
    assertEquals(61, fields(row(Events.sparse())).size());
  }

  @Test
  void tabsAndLineBreaksInValuesBecomeSpaces() {
    Event e = Events.full();
    Actor odd = new Actor("the\tnew\ngovernment", "DEUGOV", "DEU", List.of("GOV"), null, null);
    Event messy = new Event(e.articleId(), e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(), null, null,
        odd, null, e.cameo(), e.plover(), null, 1, 0, Modality.ASSERTED, null, null, List.of(), "Bad\r\nPlace\t", 1);
    Article article = new Article("art-1", null, Events.TEXT, null, "https://x\t.org/\n", null);
    String row = GdeltTsv.row(messy, article, 1, 1, 1, 1, ADDED);
    assertEquals(61, fields(row).size());
    assertTrue(!row.contains("\n") && !row.contains("\r"), row);
    assertEquals("THE NEW GOVERNMENT", col(row, "Actor1Name"));
    assertEquals("Bad  Place ", col(row, "ActionGeo_FullName"));
  }

  @Test
  void writesDatesLikeGdelt() {
    String row = row(Events.full()); // 2022-02-14
    assertEquals("20220214", col(row, "SQLDATE"));
    assertEquals("202202", col(row, "MonthYear"));
    assertEquals("2022", col(row, "Year"));
    assertEquals("2022.1205", col(row, "FractionDate")); // (1 * 30 + 14) / 365 = 0.12055
    assertEquals("20220218090507", col(row, "DATEADDED"));
    assertEquals("", col(row(Events.sparse()), "SQLDATE"));
    assertEquals("", col(row(Events.sparse()), "FractionDate"));
  }

  @Test
  void monthPrecisionDateIsWrittenAsGiven() {
    Event e = Events.full();
    Event month = new Event(e.articleId(), e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(),
        LocalDate.of(2021, 12, 1), DatePrecision.MONTH, null, null, e.cameo(), e.plover(), null, 1, 0,
        Modality.ASSERTED, null, null, List.of(), null, 1);
    assertEquals("20211201", col(row(month), "SQLDATE"));
    assertEquals("2021.9068", col(row(month), "FractionDate")); // (11 * 30 + 1) / 365 = 0.90685
  }

  @Test
  void writesActorsAndEventCodes() {
    String row = row(Events.full());
    assertEquals("FRAGOV", col(row, "Actor1Code"));
    assertEquals("EMMANUEL MACRON", col(row, "Actor1Name"));
    assertEquals("FRA", col(row, "Actor1CountryCode"));
    assertEquals("GOV", col(row, "Actor1Type1Code"));
    assertEquals("", col(row, "Actor1Type2Code"));
    assertEquals("", col(row, "Actor1KnownGroupCode"));
    assertEquals("GERMANY'S GOVERNMENT", col(row, "Actor2Name"));
    assertEquals("0256", col(row, "EventCode"));
    assertEquals("025", col(row, "EventBaseCode"));
    assertEquals("02", col(row, "EventRootCode"));
    assertEquals("1", col(row, "QuadClass"));
    assertEquals("3", col(row, "GoldsteinScale"));
    assertEquals("7.4", col(row(Events.sparse()), "GoldsteinScale"));
    assertEquals("07", col(row(Events.sparse()), "EventBaseCode"));
    assertEquals("https://news.example/a?b=1", col(row, "SOURCEURL"));
    assertEquals("7", col(row, "GLOBALEVENTID"));
    assertEquals("", col(row(Events.sparse()), "Actor1Code"));
  }

  @Test
  void knownGroupCodeComesFromIgoAndNgoCodes() {
    assertEquals("NAT", KnownGroups.of("IGOWSTNAT"));
    assertEquals("UNO", KnownGroups.of("IGOUNO"));
    assertEquals("AMN", KnownGroups.of("NGOHRIAMN"));
    assertEquals("", KnownGroups.of("IGO"));
    assertEquals("", KnownGroups.of("NGOHRI"));
    assertEquals("", KnownGroups.of("RUSGOV"));
    assertEquals("", KnownGroups.of("IGOEU"));
    Event e = Events.full();
    Actor nato = new Actor("NATO", "IGOWSTNAT", null, List.of("IGO"), "North Atlantic Treaty Organization", null);
    Event withNato = new Event(e.articleId(), e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(), null,
        null, null, nato, e.cameo(), e.plover(), null, 1, 0, Modality.ASSERTED, null, null, List.of(), null, 1);
    String row = row(withNato);
    assertEquals("NAT", col(row, "Actor2KnownGroupCode"));
    assertEquals("IGO", col(row, "Actor2Type1Code"));
    assertEquals("", col(row, "Actor2CountryCode"));
  }

  @Test
  void rootEventIsInTheHeadlineOrTheLeadParagraph() {
    assertEquals("1", col(row(Events.full()), "IsRootEvent"), "paragraph 1 follows the headline");
    assertEquals("0", col(row(Events.sparse()), "IsRootEvent"), "paragraph 2");
    Article untitled = new Article("art-1", null, Events.TEXT, null, null, null);
    assertEquals("0", col(GdeltTsv.row(Events.full(), untitled, 1, 1, 1, 1, ADDED), "IsRootEvent"),
        "without a headline only paragraph 0 is the lead");
  }

  @Test
  void paragraphEndsSkipBlankLines() {
    String text = "\n\nA\nB\n \n\nC\n\nD";
    assertEquals(text.indexOf("B") + 1, GdeltTsv.endOfParagraphs(text, 1));
    assertEquals(text.indexOf("C") + 1, GdeltTsv.endOfParagraphs(text, 2));
    assertEquals(text.length(), GdeltTsv.endOfParagraphs(text, 5));
  }

  @Test
  void countsAreWritten() {
    String row = GdeltTsv.row(Events.full(), Events.ARTICLE, 99, 4, 3, 2, ADDED);
    assertEquals(List.of("4", "3", "2"), List.of(col(row, "NumMentions"), col(row, "NumSources"), col(row, "NumArticles")));
  }

  @Test
  void rejectsEventsOfAnotherArticleAndNegativeCounts() {
    Article other = new Article("other", null, Events.TEXT, null, null, null);
    assertThrows(IllegalArgumentException.class, () -> GdeltTsv.row(Events.full(), other, 1, 1, 1, 1, ADDED));
    assertThrows(IllegalArgumentException.class, () -> GdeltTsv.row(Events.full(), Events.ARTICLE, 1, -1, 1, 1, ADDED));
  }
}
