package harbinger.store.duckdb;

import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.store.EventConfidence;
import harbinger.store.EventKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Assigns a batch's mentions to events inside the writer's transaction, by the rule of {@link EventKeys}: a mention
 * joins the stored or new event with its cluster key whose first-mention day is closest (at most
 * {@link EventKeys#WINDOW_DAYS} away), preferring the event with more mentions, then the older one; otherwise it
 * starts a new event. Candidates are loaded in one query for the whole batch. {@link #flush} appends events and
 * mentions and recomputes the counts and confidence of every touched event from all its mentions. One per batch.
 */
final class Clusterer {
  /** What a flush stored. */
  record Counts(int mentions, int newEvents) {}

  private static final class Cluster {
    final long id;
    final @Nullable LocalDate day;
    final String firstArticle;
    int mentions;

    Cluster(long id, @Nullable LocalDate day, String firstArticle, int mentions) {
      this.id = id;
      this.day = day;
      this.firstArticle = firstArticle;
      this.mentions = mentions;
    }
  }

  private record Pending(Article article, Event event, String key, @Nullable LocalDate day, String source, String unit) {}

  private record Row(long mentionId, long eventId, Pending p, boolean newEvent) {}

  private static final String CANDIDATES = """
      SELECT e.event_id, e.cluster_key, e.day, e.num_mentions, e.first_article_id
      FROM events e JOIN temp.main.s_keys k ON k.cluster_key = e.cluster_key
      WHERE e.day BETWEEN ? AND ?""";
  private static final String COUNTS = """
      SELECT m.event_id, count(*), count(DISTINCT m.source), count(DISTINCT m.article_id),
             bool_or(m.modality = 'asserted')
      FROM mentions m JOIN temp.main.s_touched t ON t.event_id = m.event_id
      WHERE m.event_id BETWEEN ? AND ? GROUP BY m.event_id""";
  private static final String UNITS = """
      SELECT m.event_id, m.unit, max(m.confidence)
      FROM mentions m JOIN temp.main.s_touched t ON t.event_id = m.event_id
      WHERE m.event_id BETWEEN ? AND ? GROUP BY 1, 2""";
  private static final String UPDATE = """
      UPDATE events SET num_mentions = u.num_mentions, num_sources = u.num_sources, num_articles = u.num_articles,
        independent_sources = u.independent_sources, confidence = u.confidence,
        modality = CASE WHEN u.any_asserted AND events.modality = 'claimed' THEN 'asserted' ELSE events.modality END
      FROM temp.main.s_updates u WHERE events.event_id = u.event_id AND events.event_id BETWEEN ? AND ?""";

  private final DuckDBConnection c;
  private final Staging staging;
  private final LocalDateTime now;
  private final List<Pending> pending = new ArrayList<>();

  Clusterer(DuckDBConnection c, LocalDateTime now) {
    this.c = c;
    this.staging = new Staging(c);
    this.now = now;
  }

  /** Queues an article's events; {@code unit} is the independent source they count for (see {@link EventConfidence}). */
  void add(Article article, List<Event> events, String source, String unit) {
    for (Event e : events) {
      pending.add(new Pending(article, e, EventKeys.clusterKey(e), EventKeys.day(e, article), source, unit));
    }
  }

  Counts flush() throws SQLException {
    if (pending.isEmpty()) return new Counts(0, 0);
    Map<String, List<Cluster>> clusters = loadCandidates();
    long nextEvent = max("SELECT coalesce(max(event_id), 0) + 1 FROM events");
    long nextMention = max("SELECT coalesce(max(mention_id), 0) + 1 FROM mentions");
    List<Row> rows = new ArrayList<>(pending.size());
    Set<Long> touched = new LinkedHashSet<>();
    int created = 0;
    for (Pending p : pending) {
      List<Cluster> list = clusters.computeIfAbsent(p.key(), k -> new ArrayList<>());
      Cluster best = null;
      for (Cluster cl : list) {
        if (!matches(cl, p)) continue;
        if (best == null || better(cl, best, p.day())) best = cl;
      }
      boolean isNew = best == null;
      if (isNew) {
        best = new Cluster(nextEvent++, p.day(), p.article().id(), 0);
        list.add(best);
        created++;
      }
      best.mentions++;
      touched.add(best.id);
      rows.add(new Row(nextMention++, best.id, p, isNew));
    }
    append(rows);
    recount(touched);
    return new Counts(rows.size(), created);
  }

  private static boolean matches(Cluster cl, Pending p) {
    if (p.day() == null) return cl.day == null && cl.firstArticle.equals(p.article().id());
    return cl.day != null && Math.abs(cl.day.toEpochDay() - p.day().toEpochDay()) <= EventKeys.WINDOW_DAYS;
  }

  private static boolean better(Cluster a, Cluster b, @Nullable LocalDate day) {
    if (day != null) {
      long da = Math.abs(a.day.toEpochDay() - day.toEpochDay());
      long db = Math.abs(b.day.toEpochDay() - day.toEpochDay());
      if (da != db) return da < db;
    }
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.id < b.id;
  }

  private Map<String, List<Cluster>> loadCandidates() throws SQLException {
    Map<String, List<Cluster>> out = new HashMap<>();
    LocalDate min = null;
    LocalDate max = null;
    Set<String> keys = new LinkedHashSet<>();
    for (Pending p : pending) {
      if (p.day() == null) continue;
      keys.add(p.key());
      if (min == null || p.day().isBefore(min)) min = p.day();
      if (max == null || p.day().isAfter(max)) max = p.day();
    }
    if (keys.isEmpty()) return out;
    try (DuckDBAppender a = staging.refill("s_keys")) {
      for (String k : keys) a.beginRow().append(k).endRow();
    }
    try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
      ps.setObject(1, min.minusDays(EventKeys.WINDOW_DAYS));
      ps.setObject(2, max.plusDays(EventKeys.WINDOW_DAYS));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.computeIfAbsent(r.getString(2), k -> new ArrayList<>())
              .add(new Cluster(r.getLong(1), Cells.date(r, "day"), r.getString(5), r.getInt(4)));
        }
      }
    }
    return out;
  }

  private void append(List<Row> rows) throws SQLException {
    try (DuckDBAppender events = c.createAppender("main", "events");
         DuckDBAppender mentions = c.createAppender("main", "mentions")) {
      for (Row row : rows) {
        Event e = row.p().event();
        if (row.newEvent()) {
          events.beginRow().append(row.eventId()).append(row.p().key());
          Cells.date(events, row.p().day());
          events.append(EventKeys.partyKey(e.source()));
          Cells.str(events, e.source() == null ? null : e.source().code());
          events.append(EventKeys.partyKey(e.target()));
          Cells.str(events, e.target() == null ? null : e.target().code());
          events.append(e.cameo()).append(EventKeys.baseCode(e.cameo())).append(e.cameoRoot()).append(e.plover());
          Cells.str(events, e.ploverMode());
          events.append(e.quadClass()).append(e.goldstein()).append(e.modality().label())
              .append(1).append(1).append(1).append(1).append(EventConfidence.of(List.of(e.confidence())))
              .append(e.articleId()).append(row.mentionId()).append(e.evidence()).append(now).endRow();
        }
        MentionCodec.append(mentions, row.mentionId(), row.eventId(), e, row.p().source(), row.p().unit(), row.p().day());
      }
    }
  }

  private void recount(Set<Long> touched) throws SQLException {
    try (DuckDBAppender a = staging.refill("s_touched")) {
      for (long id : touched) a.beginRow().append(id).endRow();
    }
    // the constant id range lets DuckDB skip row groups of mentions outside it (ids grow with insertion)
    long lo = java.util.Collections.min(touched);
    long hi = java.util.Collections.max(touched);
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, Boolean> asserted = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
      ps.setLong(1, lo);
      ps.setLong(2, hi);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          counts.put(r.getLong(1), new int[] {r.getInt(2), r.getInt(3), r.getInt(4)});
          asserted.put(r.getLong(1), r.getBoolean(5));
        }
      }
    }
    Map<Long, Map<String, Double>> units = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(UNITS)) {
      ps.setLong(1, lo);
      ps.setLong(2, hi);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) units.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getDouble(3));
      }
    }
    try (DuckDBAppender a = staging.refill("s_updates")) {
      for (Map.Entry<Long, Map<String, Double>> e : units.entrySet()) {
        int[] n = counts.get(e.getKey());
        a.beginRow().append(e.getKey().longValue()).append(n[0]).append(n[1]).append(n[2]).append(e.getValue().size())
            .append(EventConfidence.of(e.getValue().values())).append(asserted.get(e.getKey()).booleanValue()).endRow();
      }
    }
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      ps.setLong(1, lo);
      ps.setLong(2, hi);
      ps.executeUpdate();
    }
  }

  private long max(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
