package harbinger.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import harbinger.model.Actor;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.output.EventJson;
import harbinger.output.GdeltTsv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes stored events, one line each, in the text export formats:
 * <ul>
 *   <li><b>jsonl</b>: the project's event record ({@link EventJson}) of the first mention, with {@code confidence}
 *       and {@code modality} replaced by the event's, plus {@code store_event_id}, {@code event_date} (the store's
 *       day), {@code num_mentions}, {@code num_sources}, {@code num_articles}, {@code independent_sources},
 *       {@code first_mention_confidence} and {@code mentions}
 *       ({@code [{"article_id","event_id","source","url","duplicate_of","sentence","modality","confidence"}]}).</li>
 *   <li><b>csv</b>: RFC 4180, header {@link #CSV_COLUMNS}; the Parquet export has the same columns.</li>
 *   <li><b>gdelt</b>: the 61 GDELT 2.0 event columns ({@link GdeltTsv}) with GLOBALEVENTID = the store's event id,
 *       NumMentions, NumSources and NumArticles from the store, DATEADDED = when the event was first stored, and the
 *       dates from the store's day (GDELT always dates an event; a mention without a day-precise date takes its
 *       article's publication date).</li>
 *   <li><b>plover</b>: the JSON fields of the PLOVER specification (manual 0.7b1, chapter "JSON Data Fields"):
 *       {@code id} ("harbinger-" + event id), {@code date} (store day), {@code source} and {@code recipient} (lists of
 *       one actor object {@code {"code": country or top-level code, "sector": agent codes joined, "actor_text"}}, empty
 *       when unknown), {@code event} ([PLOVER type]), {@code mode}, {@code quad_code}, {@code event_scale} (Goldstein),
 *       {@code event_text} (the evidence sentences of all mentions), {@code event_loc} ({@code {"name"}} as stated, or
 *       absent), {@code text_info} ({@code {"sequence","start","end"}} of the first mention), {@code cite_info}
 *       ({@code {"url","title","publication","coder","codebook"}} of the first article), {@code coder},
 *       {@code coded_date}; PLOVER allows extra fields, and these carry Harbinger's: {@code cameo},
 *       {@code modality}, {@code num_mentions}, {@code num_sources}, {@code num_articles}, {@code confidence}.
 *       Harbinger codes no {@code context}, so the field is left out.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EventExporter {
  /** Columns of the CSV and Parquet exports. */
  public static final List<String> CSV_COLUMNS = List.of("event_id", "date", "source_key", "source_code", "target_key",
      "target_code", "cameo", "base_code", "cameo_root", "plover", "plover_mode", "quad_class", "goldstein", "modality",
      "num_mentions", "num_sources", "num_articles", "independent_sources", "confidence", "first_article_id", "url",
      "evidence");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CODER = "harbinger 0.1.0";

  private EventExporter() {}

  /** The header line of a format, or null when it has none. */
  public static @Nullable String header(ExportFormat format) {
    return switch (format) {
      case csv -> String.join(",", CSV_COLUMNS);
      case gdelt -> GdeltTsv.header();
      default -> null;
    };
  }

  /** One line (without terminator) for a record. */
  public static String line(ExportFormat format, EventRecord r) {
    return switch (format) {
      case jsonl -> jsonl(r);
      case csv -> csv(r);
      case gdelt -> gdelt(r);
      case plover -> plover(r);
      case parquet -> throw new IllegalArgumentException("parquet is written by the store, not line by line");
    };
  }

  static String jsonl(EventRecord r) {
    StoredEvent e = r.event();
    try {
      ObjectNode o = (ObjectNode) JSON.readTree(EventJson.line(r.firstMention(), r.article().text()));
      ObjectNode head = JSON.createObjectNode();
      head.put("store_event_id", e.id());
      head.put("event_date", e.date() == null ? null : e.date().toString());
      head.setAll(o);
      head.put("modality", e.modality().label());
      head.set("first_mention_confidence", o.get("confidence"));
      head.put("confidence", round(e.confidence()));
      head.put("num_mentions", e.numMentions());
      head.put("num_sources", e.numSources());
      head.put("num_articles", e.numArticles());
      head.put("independent_sources", e.independentSources());
      ArrayNode ms = head.putArray("mentions");
      for (MentionRef m : r.mentions()) {
        ObjectNode mo = ms.addObject();
        mo.put("article_id", m.articleId());
        mo.put("event_id", m.coderEventId());
        mo.put("source", m.source());
        mo.put("url", m.url());
        mo.put("duplicate_of", m.duplicateOf());
        mo.put("sentence", m.sentence());
        mo.put("modality", m.modality().label());
        mo.put("confidence", m.confidence());
      }
      return JSON.writeValueAsString(head);
    } catch (IOException ex) {
      throw new UncheckedIOException("re-reading our own JSON cannot fail", ex);
    }
  }

  static String csv(EventRecord r) {
    StoredEvent e = r.event();
    List<Object> v = java.util.Arrays.asList(e.id(), e.date(), e.sourceKey(), e.sourceCode(), e.targetKey(),
        e.targetCode(), e.cameo(), EventKeys.baseCode(e.cameo()), e.cameoRoot(), e.plover(), e.ploverMode(),
        e.quadClass(), e.goldstein(), e.modality().label(), e.numMentions(), e.numSources(), e.numArticles(),
        e.independentSources(), round(e.confidence()), e.firstArticleId(), r.article().url(), e.evidence());
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.size(); i++) {
      if (i > 0) b.append(',');
      Object x = v.get(i);
      String s = x == null ? "" : x.toString();
      if (s.matches("(?s).*[\",\\r\\n].*") || (!s.isEmpty() && (s.charAt(0) == ' ' || s.endsWith(" "))))
        s = '"' + s.replace("\"", "\"\"") + '"';
      b.append(s);
    }
    return b.toString();
  }

  static String gdelt(EventRecord r) {
    StoredEvent e = r.event();
    Event m = r.firstMention();
    if (e.date() != null && (m.date() == null || m.datePrecision() != DatePrecision.DAY || !m.date().equals(e.date()))) {
      m = new Event(m.articleId(), m.eventId(), m.sentence(), m.evidence(), m.span(), m.trigger(), e.date(),
          DatePrecision.DAY, m.source(), m.target(), m.cameo(), m.plover(), m.ploverMode(), m.quadClass(),
          m.goldstein(), m.modality(), m.attributedTo(), m.quote(), m.quantities(), m.location(), m.confidence());
    }
    return GdeltTsv.row(m, r.article(), e.id(), e.numMentions(), e.numSources(), e.numArticles(), r.added());
  }

  static String plover(EventRecord r) {
    StoredEvent e = r.event();
    Event m = r.firstMention();
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", "harbinger-" + e.id());
      g.writeStringField("date", e.date() == null ? null : e.date().toString());
      ploverActors(g, "source", m.source());
      ploverActors(g, "recipient", m.target());
      g.writeArrayFieldStart("event");
      g.writeString(e.plover());
      g.writeEndArray();
      g.writeStringField("mode", e.ploverMode());
      g.writeNumberField("quad_code", e.quadClass());
      g.writeNumberField("event_scale", e.goldstein());
      g.writeArrayFieldStart("event_text");
      java.util.Set<String> seen = new java.util.LinkedHashSet<>();
      for (MentionRef x : r.mentions()) seen.add(x.evidence());
      for (String s : seen) g.writeString(s);
      g.writeEndArray();
      if (m.location() != null) {
        g.writeObjectFieldStart("event_loc");
        g.writeStringField("name", m.location());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("text_info");
      g.writeNumberField("sequence", m.sentence());
      g.writeNumberField("start", m.span().start());
      g.writeNumberField("end", m.span().end());
      g.writeEndObject();
      g.writeObjectFieldStart("cite_info");
      g.writeStringField("url", r.article().url());
      g.writeStringField("title", r.article().title());
      g.writeStringField("publication", r.article().outlet());
      g.writeStringField("coder", CODER);
      g.writeStringField("codebook", "CAMEO 1.1b3 mapped to PLOVER");
      g.writeEndObject();
      g.writeStringField("coder", CODER);
      g.writeStringField("coded_date", r.added().toString().substring(0, 10));
      g.writeStringField("cameo", e.cameo());
      g.writeStringField("modality", e.modality().label());
      g.writeNumberField("num_mentions", e.numMentions());
      g.writeNumberField("num_sources", e.numSources());
      g.writeNumberField("num_articles", e.numArticles());
      g.writeNumberField("confidence", round(e.confidence()));
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException("writing to a StringWriter cannot fail", ex);
    }
    return out.toString();
  }

  private static void ploverActors(JsonGenerator g, String field, @Nullable Actor a) throws IOException {
    g.writeArrayFieldStart(field);
    if (a != null) {
      g.writeStartObject();
      g.writeStringField("code", a.country() != null ? a.country() : a.code().substring(0, Math.min(3, a.code().length())));
      g.writeStringField("sector", a.agents().isEmpty() ? null : String.join("", a.agents()));
      g.writeStringField("actor_text", a.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  static String label(ExportFormat f) { return f.name().toLowerCase(Locale.ROOT); }
}
