package harbinger.store.duckdb;

import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.store.DailyConflict;
import harbinger.store.Dyad;
import harbinger.store.EventFilter;
import harbinger.store.EventRecord;
import harbinger.store.Interval;
import harbinger.store.MentionRef;
import harbinger.store.SeriesPoint;
import harbinger.store.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The read side of the store: filtered events, export records, dyad series and daily conflict. Stateless. */
final class EventReader {
  private static final String REALISED = "e.modality IN ('asserted', 'claimed')";
  private static final Pattern PARTY = Pattern.compile("[A-Z0-9]{3,}");
  private static final int PAGE = 2000;
  private final Connection c;

  EventReader(Connection c) { this.c = c; }

  List<StoredEvent> events(EventFilter f) throws SQLException {
    FilterSql w = FilterSql.of(f);
    String sql = "SELECT e.* FROM events e WHERE " + w.where + " ORDER BY e.day NULLS LAST, e.event_id LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(w.bind(ps, 1), f.limit());
      List<StoredEvent> out = new ArrayList<>();
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) out.add(event(r));
      }
      return out;
    }
  }

  /** Pages through matching events by id and loads each page's mentions and first articles in two queries. */
  void forEachRecord(EventFilter f, Consumer<EventRecord> sink) throws SQLException {
    FilterSql w = FilterSql.of(f);
    String sql = "SELECT e.* FROM events e WHERE " + w.where + " AND e.event_id > ? ORDER BY e.event_id LIMIT ?";
    long after = 0;
    int left = f.limit();
    while (left > 0) {
      List<StoredEvent> page = new ArrayList<>();
      Map<Long, Timestamp> added = new HashMap<>();
      Map<Long, Long> firstMention = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = w.bind(ps, 1);
        ps.setLong(i++, after);
        ps.setInt(i, Math.min(PAGE, left));
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            StoredEvent e = event(r);
            page.add(e);
            added.put(e.id(), r.getTimestamp("added_at"));
            firstMention.put(e.id(), r.getLong("first_mention_id"));
          }
        }
      }
      if (page.isEmpty()) return;
      long lo = page.get(0).id();
      long hi = page.get(page.size() - 1).id();
      Set<Long> wanted = new HashSet<>(firstMention.keySet());
      Map<Long, List<MentionRef>> mentions = new HashMap<>();
      Map<Long, Event> firsts = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT m.*, a.source AS a_source, a.url AS a_url, "
          + "a.duplicate_of AS a_dup FROM mentions m JOIN articles a ON a.article_id = m.article_id "
          + "WHERE m.event_id BETWEEN ? AND ? ORDER BY m.mention_id")) {
        ps.setLong(1, lo);
        ps.setLong(2, hi);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            long id = r.getLong("event_id");
            if (!wanted.contains(id)) continue;
            mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new MentionRef(r.getString("article_id"),
                r.getString("coder_event_id"), r.getString("a_source"), r.getString("a_url"), r.getString("a_dup"),
                r.getInt("sentence"), r.getString("evidence"), Modality.parse(r.getString("modality")),
                r.getDouble("confidence")));
            if (r.getLong("mention_id") == firstMention.get(id)) firsts.put(id, MentionCodec.read(r, ""));
          }
        }
      }
      Map<String, Article> articles = articles(lo, hi);
      for (StoredEvent e : page) {
        Timestamp t = added.get(e.id());
        sink.accept(new EventRecord(e, firsts.get(e.id()), articles.get(e.firstArticleId()), mentions.get(e.id()),
            t.toLocalDateTime().toInstant(ZoneOffset.UTC)));
      }
      after = hi;
      left -= page.size();
    }
  }

  private Map<String, Article> articles(long lo, long hi) throws SQLException {
    Map<String, Article> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT article_id, title, text, published, url, outlet FROM articles "
        + "WHERE article_id IN (SELECT first_article_id FROM events WHERE event_id BETWEEN ? AND ?)")) {
      ps.setLong(1, lo);
      ps.setLong(2, hi);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), new Article(r.getString(1), r.getString(2), r.getString(3), Cells.date(r, "published"),
              r.getString(5), r.getString(6)));
        }
      }
    }
    return out;
  }

  List<SeriesPoint> series(Dyad dyad, boolean directed, Interval interval, @Nullable LocalDate from,
                           @Nullable LocalDate to) throws SQLException {
    List<String> conds = new ArrayList<>(List.of("e.day IS NOT NULL", REALISED));
    List<Object> params = new ArrayList<>();
    FilterSql.dyad(dyad, directed, conds, params);
    if (from != null) {
      conds.add("e.day >= ?");
      params.add(from);
    }
    if (to != null) {
      conds.add("e.day <= ?");
      params.add(to);
    }
    String period = interval == Interval.WEEK ? "CAST(date_trunc('week', e.day) AS DATE)" : "e.day";
    String sql = "SELECT " + period + " AS period, count(*) FILTER (WHERE e.quad_class = 1), "
        + "count(*) FILTER (WHERE e.quad_class = 2), count(*) FILTER (WHERE e.quad_class = 3), "
        + "count(*) FILTER (WHERE e.quad_class = 4), sum(e.goldstein) FROM events e WHERE "
        + String.join(" AND ", conds) + " GROUP BY 1 ORDER BY 1";
    Map<LocalDate, SeriesPoint> points = new HashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          LocalDate p = r.getObject(1, LocalDate.class);
          int[] q = {r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)};
          int n = q[0] + q[1] + q[2] + q[3];
          double sum = r.getDouble(6);
          points.put(p, new SeriesPoint(p, q, sum, sum / n, (q[2] + q[3]) / (double) n));
          if (first == null) first = p;
          last = p;
        }
      }
    }
    List<SeriesPoint> out = new ArrayList<>();
    if (first == null) return out;
    int step = interval == Interval.WEEK ? 7 : 1;
    if (interval == Interval.WEEK) first = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
      out.add(points.getOrDefault(d, SeriesPoint.empty(d)));
    }
    return out;
  }

  List<DailyConflict> dailyConflict(@Nullable LocalDate from, @Nullable LocalDate to) throws SQLException {
    String sql = "SELECT least(e.source_key, e.target_key) AS a, greatest(e.source_key, e.target_key) AS b, e.day, "
        + "sum(-e.goldstein * e.confidence), count(*) FROM events e WHERE e.goldstein < 0 AND " + REALISED
        + " AND e.day IS NOT NULL AND e.source_key <> '' AND e.target_key <> '' AND e.source_key <> e.target_key"
        + " AND (CAST(? AS DATE) IS NULL OR e.day >= ?) AND (CAST(? AS DATE) IS NULL OR e.day <= ?)"
        + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    List<DailyConflict> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, from);
      ps.setObject(2, from);
      ps.setObject(3, to);
      ps.setObject(4, to);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          String a = r.getString(1);
          String b = r.getString(2);
          if (!PARTY.matcher(a).matches() || !PARTY.matcher(b).matches()) continue;
          out.add(new DailyConflict(new Dyad(a, b), r.getObject(3, LocalDate.class), r.getDouble(4), r.getInt(5)));
        }
      }
    }
    return out;
  }

  static StoredEvent event(ResultSet r) throws SQLException {
    return new StoredEvent(r.getLong("event_id"), Cells.date(r, "day"), r.getString("source_key"),
        r.getString("source_code"), r.getString("target_key"), r.getString("target_code"), r.getString("cameo"),
        r.getString("plover"), r.getString("plover_mode"), r.getInt("quad_class"), r.getDouble("goldstein"),
        Modality.parse(r.getString("modality")), r.getInt("num_mentions"), r.getInt("num_sources"),
        r.getInt("num_articles"), r.getInt("independent_sources"), r.getDouble("confidence"),
        r.getString("first_article_id"), r.getString("evidence"));
  }
}
