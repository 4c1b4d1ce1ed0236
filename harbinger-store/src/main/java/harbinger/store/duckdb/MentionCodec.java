package harbinger.store.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import harbinger.model.Actor;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Quantity;
import harbinger.model.Span;
import harbinger.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Event} as a row of {@code mentions} and reads it back unchanged: actors as seven columns each
 * (agents joined with {@code ,}), quantities as a JSON array. Stateless and thread-safe.
 */
final class MentionCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MentionCodec() {}

  /** Appends one row in the column order of the {@code mentions} table. */
  static void append(DuckDBAppender a, long mentionId, long eventId, Event e, String source, String unit,
                     @Nullable LocalDate day) throws SQLException {
    a.beginRow();
    a.append(mentionId).append(eventId).append(e.articleId()).append(source).append(unit).append(e.eventId());
    Cells.date(a, day);
    a.append(e.sentence()).append(e.evidence()).append(e.span().start()).append(e.span().end())
        .append(e.trigger().start()).append(e.trigger().end());
    Cells.date(a, e.date());
    Cells.str(a, e.datePrecision() == null ? null : e.datePrecision().label());
    actor(a, e.source());
    actor(a, e.target());
    a.append(e.cameo()).append(e.plover());
    Cells.str(a, e.ploverMode());
    a.append(e.quadClass()).append(e.goldstein()).append(e.modality().label());
    actor(a, e.attributedTo());
    Cells.str(a, e.quote());
    a.append(quantities(e.quantities()));
    Cells.str(a, e.location());
    a.append(e.confidence());
    a.endRow();
  }

  private static void actor(DuckDBAppender a, @Nullable Actor x) throws SQLException {
    if (x == null) {
      for (int i = 0; i < 7; i++) a.appendNull();
      return;
    }
    a.append(x.text()).append(x.code());
    Cells.str(a, x.country());
    a.append(String.join(",", x.agents()));
    Cells.str(a, x.name());
    Cells.integer(a, x.span() == null ? null : x.span().start());
    Cells.integer(a, x.span() == null ? null : x.span().end());
  }

  /** Reads the event of the current row; columns are the {@code mentions} names, optionally under a prefix. */
  static Event read(ResultSet r, String p) throws SQLException {
    String precision = r.getString(p + "date_precision");
    return new Event(r.getString(p + "article_id"), r.getString(p + "coder_event_id"), r.getInt(p + "sentence"),
        r.getString(p + "evidence"), new Span(r.getInt(p + "span_start"), r.getInt(p + "span_end")),
        new Span(r.getInt(p + "trigger_start"), r.getInt(p + "trigger_end")), Cells.date(r, p + "date"),
        precision == null ? null : DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)),
        actor(r, p + "source_"), actor(r, p + "target_"), r.getString(p + "cameo"), r.getString(p + "plover"),
        r.getString(p + "plover_mode"), r.getInt(p + "quad_class"), r.getDouble(p + "goldstein"),
        Modality.parse(r.getString(p + "modality")), actor(r, p + "attr_"), r.getString(p + "quote"),
        quantities(r.getString(p + "quantities")), r.getString(p + "location"), r.getDouble(p + "confidence"));
  }

  private static @Nullable Actor actor(ResultSet r, String p) throws SQLException {
    String code = r.getString(p + "code");
    if (code == null) return null;
    String agents = r.getString(p + "agents");
    Integer start = Cells.integer(r, p + "start");
    Integer end = Cells.integer(r, p + "end");
    return new Actor(r.getString(p + "text"), code, r.getString(p + "country"),
        agents == null || agents.isEmpty() ? List.of() : Arrays.asList(agents.split(",")), r.getString(p + "name"),
        start == null || end == null ? null : new Span(start, end));
  }

  private static String quantities(List<Quantity> qs) {
    ArrayNode arr = JSON.createArrayNode();
    for (Quantity q : qs) arr.addObject().put("value", q.value()).put("unit", q.unit()).put("approximate", q.approximate());
    return arr.toString();
  }

  private static List<Quantity> quantities(String json) {
    try {
      List<Quantity> out = new ArrayList<>();
      for (JsonNode n : JSON.readTree(json)) {
        out.add(new Quantity(n.get("value").asDouble(), n.get("unit").asText(), n.get("approximate").asBoolean()));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt quantities in store: " + json, e);
    }
  }
}
