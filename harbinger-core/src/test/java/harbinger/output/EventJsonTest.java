package harbinger.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Quantity;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS = List.of("article_id", "event_id", "sentence", "evidence", "span",
      "trigger", "date", "date_precision", "source", "target", "cameo", "cameo_root", "plover", "plover_mode",
      "quad_class", "goldstein", "modality", "attributed_to", "quote", "quantities", "location", "confidence");

  private static JsonNode parse(String line) throws Exception { return JSON.readTree(line); }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesExactlyTheContractFieldsInOrder() throws Exception {
    assertEquals(FIELDS, names(parse(EventJson.line(Events.full(), Events.TEXT))));
    assertEquals(FIELDS, names(parse(EventJson.line(Events.sparse(), Events.TEXT))), "null fields are written, not omitted");
  }

  @Test
  void isOneLine() {
    Event e = Events.full();
    Event withBreaks = new Event(e.articleId(), e.eventId(), e.sentence(), "line\none\r\ttab \"quoted\" \u2028", e.span(),
        e.trigger(), null, null, null, null, e.cameo(), e.plover(), null, 1, 0, Modality.ASSERTED, null, null,
        List.of(), null, 0.5);
    String line = EventJson.line(withBreaks, Events.TEXT);
    assertFalse(line.contains("\n") || line.contains("\r"), line);
  }

  @Test
  void writesValuesOfAFullEvent() throws Exception {
    JsonNode n = parse(EventJson.line(Events.full(), Events.TEXT));
    assertEquals("art-1", n.get("article_id").asText());
    assertEquals(1, n.get("sentence").intValue());
    assertEquals(Events.at("The French president urged"), n.get("span").get(0).intValue());
    assertEquals("{\"text\":\"urged\",\"start\":" + Events.at("urged") + ",\"end\":" + (Events.at("urged") + 5) + "}",
        n.get("trigger").toString());
    assertEquals("2022-02-14", n.get("date").asText());
    assertEquals("day", n.get("date_precision").asText());
    assertEquals("0256", n.get("cameo").asText(), "leading zero kept");
    assertTrue(n.get("cameo").isTextual());
    assertEquals("02", n.get("cameo_root").asText());
    assertEquals("REQUEST", n.get("plover").asText());
    assertEquals("de-escalate", n.get("plover_mode").asText());
    assertEquals(1, n.get("quad_class").intValue());
    assertEquals("asserted", n.get("modality").asText());
    assertTrue(n.get("attributed_to").isNull());
    assertEquals("Berlin", n.get("location").asText());
    assertEquals(0.85, n.get("confidence").doubleValue());
  }

  @Test
  void writesActorsWithAllTheirFields() throws Exception {
    JsonNode source = parse(EventJson.line(Events.full(), Events.TEXT)).get("source");
    assertEquals(List.of("text", "code", "country", "agents", "name", "span"), names(source));
    assertEquals("FRAGOV", source.get("code").asText());
    assertEquals("[\"GOV\"]", source.get("agents").toString());
    assertEquals("Emmanuel Macron", source.get("name").asText());
    Span s = Events.span("The French president");
    assertEquals("[" + s.start() + "," + s.end() + "]", source.get("span").toString());
    JsonNode target = parse(EventJson.line(Events.full(), Events.TEXT)).get("target");
    assertTrue(target.get("name").isNull());
  }

  @Test
  void inferredActorHasNullSpanAndAttributionIsAnActor() throws Exception {
    Event e = Events.sparse();
    Actor inferred = new Actor("they", "IGOWSTNAT", null, List.of("IGO"), null, null);
    Event withAttribution = new Event(e.articleId(), e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(),
        null, null, inferred, null, e.cameo(), e.plover(), null, 2, 7.4, Modality.CLAIMED, Events.GERMANY,
        "had been pledged", List.of(), null, 1.0);
    JsonNode n = parse(EventJson.line(withAttribution, Events.TEXT));
    assertTrue(n.get("source").get("span").isNull());
    assertTrue(n.get("source").get("country").isNull());
    assertEquals("DEUGOV", n.get("attributed_to").get("code").asText());
    assertEquals("had been pledged", n.get("quote").asText());
  }

  @Test
  void wholeNumbersHaveNoFraction() {
    String line = EventJson.line(Events.full(), Events.TEXT);
    assertTrue(line.contains("\"goldstein\":3,"), line);
    assertTrue(line.contains("\"quantities\":[{\"value\":500,\"unit\":\"troops\",\"approximate\":false}]"), line);
    assertTrue(line.contains("\"confidence\":0.85}"), line);
    String sparse = EventJson.line(Events.sparse(), Events.TEXT);
    assertTrue(sparse.contains("\"goldstein\":7.4,") && sparse.contains("\"confidence\":1}"), sparse);
    assertTrue(sparse.contains("\"date\":null,\"date_precision\":null,\"source\":null,\"target\":null"), sparse);
  }

  @Test
  void largeAndSmallNumbersAvoidExponents() {
    Event e = Events.full();
    Event big = new Event(e.articleId(), e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(), null, null,
        null, null, e.cameo(), e.plover(), null, 1, -2.5, Modality.ASSERTED, null, null,
        List.of(new Quantity(2.0e10, "USD", true), new Quantity(0.00001, "share", false)), null, 0);
    String line = EventJson.line(big, Events.TEXT);
    assertTrue(line.contains("\"value\":20000000000,") && line.contains("\"value\":0.00001,"), line);
    assertTrue(line.contains("\"goldstein\":-2.5,") && line.contains("\"confidence\":0}"), line);
  }

  @Test
  void triggerOutsideTheTextIsABug() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventJson.line(Events.full(), "short"));
    assertTrue(e.getMessage().contains("art-1-1"), e.getMessage());
  }

  @Test
  void infiniteQuantityIsABug() {
    Event e = Events.full();
    Event inf = new Event(e.articleId(), e.eventId(), e.sentence(), e.evidence(), e.span(), e.trigger(), null, null,
        null, null, e.cameo(), e.plover(), null, 1, 0, Modality.ASSERTED, null, null,
        List.of(new Quantity(Double.POSITIVE_INFINITY, "troops", true)), null, 0);
    assertThrows(IllegalArgumentException.class, () -> EventJson.line(inf, Events.TEXT));
  }
}
