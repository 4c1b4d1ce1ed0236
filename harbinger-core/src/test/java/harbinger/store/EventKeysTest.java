package harbinger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventKeysTest {
  static final Actor RUSMIL = new Actor("Russian forces", "RUSMIL", "RUS", List.of("MIL"), null, null);
  static final Actor RUSGOV = new Actor("Moscow", "RUSGOV", "RUS", List.of("GOV"), null, null);
  static final Actor UN = new Actor("the UN", "IGOUNO", null, List.of(), null, null);

  static Event event(Actor source, String cameo, Modality m, LocalDate date, DatePrecision p) {
    return new Event("a", "a-1", 0, "x", new Span(0, 1), new Span(0, 1), date, p, source, UN, cameo, "ASSAULT", null,
        4, -10, m, null, null, List.of(), null, 0.5);
  }

  @Test void partiesAreCountriesElseCodes() {
    assertEquals("RUS", EventKeys.partyKey(RUSMIL));
    assertEquals("IGOUNO", EventKeys.partyKey(UN));
    assertEquals("", EventKeys.partyKey(null));
  }

  @Test void baseCodesHaveThreeDigits() {
    assertEquals("190", EventKeys.baseCode("19"));
    assertEquals("195", EventKeys.baseCode("1951"));
    assertEquals("025", EventKeys.baseCode("025"));
  }

  @Test void sameCountrySameBaseAndCompatibleModalityShareAKey() {
    LocalDate d = LocalDate.of(2023, 3, 9);
    assertEquals(EventKeys.clusterKey(event(RUSMIL, "1951", Modality.ASSERTED, d, DatePrecision.DAY)),
        EventKeys.clusterKey(event(RUSGOV, "195", Modality.CLAIMED, d, DatePrecision.DAY)));
    assertNotEquals(EventKeys.clusterKey(event(RUSMIL, "195", Modality.ASSERTED, d, DatePrecision.DAY)),
        EventKeys.clusterKey(event(RUSMIL, "195", Modality.NEGATED, d, DatePrecision.DAY)));
    assertNotEquals(EventKeys.clusterKey(event(RUSMIL, "195", Modality.ASSERTED, d, DatePrecision.DAY)),
        EventKeys.clusterKey(event(RUSMIL, "193", Modality.ASSERTED, d, DatePrecision.DAY)));
  }

  @Test void dayIsTheDayPreciseDateElseThePublicationDate() {
    LocalDate pub = LocalDate.of(2023, 3, 10);
    Article a = new Article("a", null, "x", pub, null, null);
    assertEquals(LocalDate.of(2023, 3, 9), EventKeys.day(event(RUSMIL, "195", Modality.ASSERTED, LocalDate.of(2023, 3, 9), DatePrecision.DAY), a));
    assertEquals(pub, EventKeys.day(event(RUSMIL, "195", Modality.ASSERTED, LocalDate.of(2023, 3, 1), DatePrecision.MONTH), a));
    assertNull(EventKeys.day(event(RUSMIL, "195", Modality.ASSERTED, null, null), a.withPublished(null)));
  }

  @Test void sourcesAreOutletsElseHostsElseTheArticle() {
    assertEquals("Example Wire", EventKeys.sourceName(new Article("a", null, "x", null, "https://w.example/1", "Example Wire")));
    assertEquals("news.example.org", EventKeys.sourceName(new Article("a", null, "x", null, "https://www.news.example.org/1", null)));
    assertEquals("article:a", EventKeys.sourceName(new Article("a", null, "x", null, "not a url at all", null)));
  }
}
