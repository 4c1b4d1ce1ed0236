package harbinger.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import harbinger.model.Actor;
import harbinger.model.Event;
import harbinger.model.Quantity;
import harbinger.model.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes one {@link Event} as one line of JSON (no line break), the project's JSON Lines event format.
 * Other tools read these field names; they and their order are a contract:
 * <pre>
 * article_id, event_id, sentence, evidence, span [start,end], trigger {"text","start","end"},
 * date "YYYY-MM-DD"|null, date_precision "day"|"month"|"year"|null, source, target,
 * cameo (string, leading zeros kept), cameo_root, plover, plover_mode, quad_class, goldstein,
 * modality (lower-case label), attributed_to, quote, quantities [{"value","unit","approximate"}],
 * location, confidence
 * </pre>
 * Actors ({@code source}, {@code target}, {@code attributed_to}) are null or
 * {@code {"text","code","country","agents":[...],"name","span":[start,end]|null}}. Spans are half-open
 * character offsets into the article text. Numbers are written whole when whole ({@code 3}, not {@code 3.0}),
 * never with an exponent. Absent values are JSON {@code null}, never omitted. Stateless and thread-safe.
 */
public final class EventJson {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private EventJson() {}

  /**
   * @param e the event
   * @param articleText the text of the event's article, to which the spans refer (the trigger's words are
   *     taken from it)
   * @return one JSON object, without a line terminator
   * @throws IllegalArgumentException if the trigger span lies outside {@code articleText}
   */
  public static String line(Event e, String articleText) {
    Span t = e.trigger();
    if (t.end() > articleText.length())
      throw new IllegalArgumentException("trigger span [" + t.start() + "," + t.end() + ") of event " + e.eventId()
          + " lies outside the article text of length " + articleText.length());
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("article_id", e.articleId());
      g.writeStringField("event_id", e.eventId());
      g.writeNumberField("sentence", e.sentence());
      g.writeStringField("evidence", e.evidence());
      g.writeFieldName("span");
      span(g, e.span());
      g.writeObjectFieldStart("trigger");
      g.writeStringField("text", articleText.substring(t.start(), t.end()));
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeEndObject();
      g.writeStringField("date", e.date() == null ? null : e.date().toString());
      g.writeStringField("date_precision", e.datePrecision() == null ? null : e.datePrecision().label());
      actor(g, "source", e.source());
      actor(g, "target", e.target());
      g.writeStringField("cameo", e.cameo());
      g.writeStringField("cameo_root", e.cameoRoot());
      g.writeStringField("plover", e.plover());
      g.writeStringField("plover_mode", e.ploverMode());
      g.writeNumberField("quad_class", e.quadClass());
      number(g, "goldstein", e.goldstein());
      g.writeStringField("modality", e.modality().label());
      actor(g, "attributed_to", e.attributedTo());
      g.writeStringField("quote", e.quote());
      g.writeArrayFieldStart("quantities");
      for (Quantity q : e.quantities()) {
        g.writeStartObject();
        number(g, "value", q.value());
        g.writeStringField("unit", q.unit());
        g.writeBooleanField("approximate", q.approximate());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("location", e.location());
      number(g, "confidence", e.confidence());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException("writing to a StringWriter cannot fail", ex);
    }
    return out.toString();
  }

  private static void actor(JsonGenerator g, String field, @Nullable Actor a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("text", a.text());
    g.writeStringField("code", a.code());
    g.writeStringField("country", a.country());
    g.writeArrayFieldStart("agents");
    for (String agent : a.agents()) g.writeString(agent);
    g.writeEndArray();
    g.writeStringField("name", a.name());
    g.writeFieldName("span");
    if (a.span() == null) g.writeNull();
    else span(g, a.span());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeStartArray();
    g.writeNumber(s.start());
    g.writeNumber(s.end());
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String field, double value) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(DecimalText.of(value));
  }
}
