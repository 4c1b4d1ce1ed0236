package harbinger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Span;
import harbinger.output.GdeltTsv;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExporterTest {
  static final String TEXT = "Talks, \"frank\" and long\n\nThe UN urged Russian troops to withdraw, officials said.";
  static final Article ARTICLE = new Article("a1", "Talks, \"frank\" and long", TEXT, LocalDate.of(2024, 5, 2),
      "https://x.example/a1", "Example Wire");
  static final Actor UN = new Actor("The UN", "IGOUNO", null, List.of(), "United Nations", null);
  static final Actor RUSMIL = new Actor("Russian troops", "RUSMIL", "RUS", List.of("MIL"), null, null);

  static EventRecord record() {
    int s = TEXT.indexOf("The UN");
    int t = TEXT.indexOf("urged");
    String sentence = TEXT.substring(s);
    Event m = new Event("a1", "a1-1", 1, sentence, new Span(s, TEXT.length()), new Span(t, t + 5), null, null, UN,
        RUSMIL, "0256", "REQUEST", "de-escalate", 1, 3.0, Modality.ASSERTED, null, null, List.of(), "Kyiv", 0.7);
    StoredEvent e = new StoredEvent(17, LocalDate.of(2024, 5, 2), "IGOUNO", "IGOUNO", "RUS", "RUSMIL", "0256", "REQUEST",
        "de-escalate", 1, 3.0, Modality.ASSERTED, 2, 2, 2, 2, 0.91, "a1", "He said \"no\", twice");
    return new EventRecord(e, m, ARTICLE, List.of(
        new MentionRef("a1", "a1-1", "Example Wire", ARTICLE.url(), null, 1, sentence, Modality.ASSERTED, 0.7),
        new MentionRef("b2", "b2-4", "Other", null, null, 0, sentence, Modality.CLAIMED, 0.6)), Instant.parse("2024-05-03T10:00:00Z"));
  }

  @Test void csvQuotesFieldsWithCommasAndQuotes() {
    String line = EventExporter.line(ExportFormat.csv, record());
    assertTrue(line.endsWith(",\"He said \"\"no\"\", twice\""), line);
    assertTrue(line.startsWith("17,2024-05-02,IGOUNO,IGOUNO,RUS,RUSMIL,0256,025,02,REQUEST,de-escalate,1,3.0,asserted,2,2,2,2,0.91,a1,"), line);
  }

  @Test void gdeltTakesTheStoreDayAndCounts() {
    String[] f = EventExporter.line(ExportFormat.gdelt, record()).split("\t", -1);
    assertEquals(GdeltTsv.COLUMNS, f.length);
    assertEquals("17", f[0]);
    assertEquals("20240502", f[1], "an undated mention takes the store's day");
    assertEquals(List.of("2", "2", "2"), List.of(f[31], f[32], f[33]));
    assertEquals("20240503100000", f[59]);
  }

  @Test void ploverUsesTheSpecificationsFieldNames() throws Exception {
    JsonNode p = new ObjectMapper().readTree(EventExporter.line(ExportFormat.plover, record()));
    assertEquals("harbinger-17", p.get("id").asText());
    assertEquals("IGO", p.get("source").get(0).get("code").asText(), "an actor without a country gives its top-level code");
    assertTrue(p.get("source").get(0).get("sector").isNull());
    assertEquals("RUS", p.get("recipient").get(0).get("code").asText());
    assertEquals("MIL", p.get("recipient").get(0).get("sector").asText());
    assertEquals("REQUEST", p.get("event").get(0).asText());
    assertEquals(1, p.get("event_text").size(), "the same evidence twice is listed once");
    assertEquals("Kyiv", p.get("event_loc").get("name").asText());
    assertFalse(p.has("context"));
  }

  @Test void jsonlKeepsTheEventRecordAndAddsTheStoreFields() throws Exception {
    JsonNode j = new ObjectMapper().readTree(EventExporter.line(ExportFormat.jsonl, record()));
    assertEquals("urged", j.get("trigger").get("text").asText());
    assertEquals(0.91, j.get("confidence").asDouble(), 1e-9);
    assertEquals(0.7, j.get("first_mention_confidence").asDouble(), 1e-9);
    assertEquals(2, j.get("mentions").size());
    assertEquals("claimed", j.get("mentions").get(1).get("modality").asText());
  }
}
