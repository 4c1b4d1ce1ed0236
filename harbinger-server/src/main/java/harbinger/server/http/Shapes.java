package harbinger.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import harbinger.output.EventJson;
import harbinger.model.Article;
import harbinger.server.EventPage;
import harbinger.server.IngestResult;
import harbinger.server.Totals;
import harbinger.store.Alert;
import harbinger.store.DyadSummary;
import harbinger.store.SeriesPoint;
import harbinger.store.StoredArticle;
import harbinger.store.StoredEvent;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the API (the schemas of {@code openapi.json}, field for field) and their mapping from the
 * ports' records (the store port's {@code harbinger.store} records). Field names are snake_case; absent values are {@code null}, never omitted; dates are
 * {@code YYYY-MM-DD}. An event mention is the command line's JSON Lines event ({@link EventJson}) with the stored
 * event's {@code id} first. Stateless and thread-safe.
 */
final class Shapes {
  static final ObjectMapper JSON = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private Shapes() {}

  record Error(int status, String error, String message, @Nullable String field) {}

  record Health(String status, String version, long articles, long skipped, long events, @Nullable String first,
                @Nullable String last, boolean readsNeedToken) {}

  record Row(String id, @Nullable String date, String sourceKey, @Nullable String sourceCode, String targetKey,
             @Nullable String targetCode, String cameo, String cameoRoot, String plover, int quadClass, double goldstein,
             String modality, double confidence, int mentions, int sources, String articleId, String evidence) {}

  record Page(List<Row> items, long total, int limit, int offset, @Nullable String nextCursor) {}

  record Point(String period, int verbalCooperation, int materialCooperation, int verbalConflict, int materialConflict,
               int events, double goldsteinSum, double goldsteinMean, double conflictShare) {}

  record Series(String a, String b, String granularity, List<Point> points) {}

  record AlertItem(String a, String b, String start, String day, double score, double baselineMean, double baselineSd,
               double observed, List<Row> drivers) {}

  record Alerts(List<AlertItem> items) {}

  record Dyad(String a, String b, long events, long conflict, double goldsteinMean) {}

  record Dyads(List<Dyad> items) {}

  record ArticleView(String id, @Nullable String title, String text, @Nullable String published, @Nullable String url,
                     @Nullable String outlet, String status, @Nullable String skipReason, @Nullable String duplicateOf,
                     List<JsonNode> mentions) {}

  record Ingested(String id, String status, @Nullable String reason, List<JsonNode> events) {}

  record IngestReport(List<Ingested> articles, int added, int duplicates, int skipped, int events) {}

  static String write(Object shape) {
    try {
      return JSON.writeValueAsString(shape);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + shape.getClass().getSimpleName(), e);
    }
  }

  static Health health(Totals t, String version, boolean privateReads) {
    return new Health("ok", version, t.articles(), t.skipped(), t.events(), date(t.first()), date(t.last()), privateReads);
  }

  /** A stored event as the API lists it: {@code mentions} and {@code sources} are GDELT's NumMentions and NumSources. */
  static Row row(StoredEvent e) {
    return new Row(Long.toString(e.id()), date(e.date()), e.sourceKey(), e.sourceCode(), e.targetKey(), e.targetCode(),
        e.cameo(), e.cameoRoot(), e.plover(), e.quadClass(), e.goldstein(), e.modality().label(), round(e.confidence()),
        e.numMentions(), e.numSources(), e.firstArticleId(), e.evidence());
  }

  static Page page(EventPage p, int limit, int offset) {
    return new Page(p.items().stream().map(Shapes::row).toList(), p.total(), limit, offset, p.nextCursor());
  }

  static Series series(String a, String b, String granularity, List<SeriesPoint> points) {
    return new Series(a, b, granularity, points.stream().map(p -> {
      int[] q = p.quad();
      return new Point(p.period().toString(), q[0], q[1], q[2], q[3], p.events(), round(p.goldsteinSum()),
          round(p.goldsteinMean()), round(p.conflictShare()));
    }).toList());
  }

  /** {@code score} is the CUSUM statistic of the store's {@code EscalationDetector} on the alert day. */
  static Alerts alerts(List<Alert> alerts) {
    return new Alerts(alerts.stream().map(a -> new AlertItem(a.dyad().a(), a.dyad().b(), a.signal().start().toString(),
        a.signal().day().toString(), round(a.signal().score()), round(a.signal().baselineMean()),
        round(a.signal().baselineSd()), round(a.signal().observed()), a.drivers().stream().map(Shapes::row).toList())).toList());
  }

  static Dyads dyads(List<DyadSummary> totals) {
    return new Dyads(totals.stream().map(t -> new Dyad(t.dyad().a(), t.dyad().b(), t.events(), t.conflict(),
        round(t.goldsteinMean()))).toList());
  }

  static ArticleView article(StoredArticle r) {
    Article a = r.article();
    String status = r.skipped() ? "skipped" : r.duplicateOf() != null ? "near_duplicate" : "coded";
    return new ArticleView(a.id(), a.title(), a.text(), date(a.published()), a.url(), a.outlet(), status,
        r.skipped() ? r.skipStage() + ": " + r.skipReason() : null, r.duplicateOf(),
        r.mentions().stream().map(m -> mention(m, a.text())).toList());
  }

  static IngestReport ingest(List<IngestResult> results) {
    int added = 0;
    int dups = 0;
    int skipped = 0;
    int events = 0;
    List<Ingested> out = new java.util.ArrayList<>();
    for (IngestResult r : results) {
      switch (r.status()) {
        case ADDED -> added++;
        case DUPLICATE -> dups++;
        case SKIPPED -> skipped++;
      }
      events += r.events().size();
      String text = r.text();
      out.add(new Ingested(r.articleId(), r.status().label(), r.reason(),
          text == null ? List.of() : r.events().stream().map(m -> mention(m, text)).toList()));
    }
    return new IngestReport(out, added, dups, skipped, events);
  }

  /** The command line's event JSON with the stored event's id in front. */
  static JsonNode mention(StoredArticle.Mention m, String articleText) {
    try {
      ObjectNode node = JSON.createObjectNode();
      node.put("id", Long.toString(m.eventId()));
      node.setAll((ObjectNode) JSON.readTree(EventJson.line(m.event(), articleText)));
      return node;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("EventJson wrote invalid JSON", e);
    }
  }

  private static @Nullable String date(@Nullable LocalDate d) { return d == null ? null : d.toString(); }

  /** Three decimals: means and shares are for display, and 0.333 reads better than 0.3333333333333333. */
  static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
