package harbinger.store.duckdb;

import harbinger.model.Article;
import harbinger.store.Dyad;
import harbinger.store.DyadSummary;
import harbinger.store.EventFilter;
import harbinger.store.PagePosition;
import harbinger.store.StoredArticle;
import harbinger.store.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reads behind the HTTP API: pages of events newest first, counts of matches, the busiest dyads among matching events, and one
 * article with all its mentions. Every value is a bound parameter. Stateless.
 *
 * <p><b>Implementation notes.</b> Measured on a store of 1,000,000 synthetic events, {@code SELECT e.* ... ORDER BY
 * day DESC, event_id DESC LIMIT 51} took 130 ms: DuckDB's top-n read every column of every row. A page is therefore
 * read in two steps. (1) The ids of the page, top-n over {@code (day, event_id)} only, first within a window of days
 * below the page's upper day (the filter's {@code to}, the cursor's day, or the latest day): 7 days, then 56, 448 and
 * 3,584, then unbounded. A window that yields a full page is exact, since every event outside it is older (or
 * undated) and sorts after the page; and {@code day >= lower} lets DuckDB skip row groups by their min/max
 * statistics (events are appended roughly in time order). (2) The page's rows by id, with the id range as an extra
 * conjunct for the same pruning. The first page then takes about 5 ms. The count of matches is its own
 * {@code count(*)} with the same filter (about 10 ms for a dyad over 1,000,000 events), so callers may cache it.
 */
final class PageReader {
  private static final Pattern PARTY = Pattern.compile("[A-Z0-9]{3,}");
  private static final long FIRST_WINDOW_DAYS = 7;
  private static final long MAX_WINDOW_DAYS = 7 * 8 * 8 * 8;
  private final Connection c;

  PageReader(Connection c) { this.c = c; }

  /**
   * @param latest the latest event day as last seen (or null): where the first window of a first page ends. Any
   *     day gives the right page (a window has no upper bound, and only what lies below it is left out), so a day
   *     that has since become stale costs time, never correctness.
   */
  List<StoredEvent> newestFirst(EventFilter f, @Nullable PagePosition after, int offset, @Nullable LocalDate latest)
      throws SQLException {
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0 but was " + offset);
    if (after != null && offset != 0) throw new IllegalArgumentException("offset cannot be combined with a page position");
    FilterSql w = FilterSql.of(f);
    return rows(pageIds(w, f, after, offset, latest));
  }

  long count(EventFilter f) throws SQLException {
    FilterSql w = FilterSql.of(f);
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e WHERE " + w.where)) {
      w.bind(ps, 1);
      try (ResultSet r = ps.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** The ids of the page in order; first within growing windows of days below the page's upper day, then unbounded. */
  private List<Long> pageIds(FilterSql w, EventFilter f, @Nullable PagePosition after, int offset,
                             @Nullable LocalDate latest) throws SQLException {
    if (after != null && after.day() == null) {
      return ids(w, " AND e.day IS NULL AND e.event_id < ?", List.of(after.eventId()), f.limit(), offset);
    }
    LocalDate upper = after != null ? after.day() : latest == null || f.to() == null || latest.isBefore(f.to()) ? latest : f.to();
    if (upper != null) {
      for (long span = FIRST_WINDOW_DAYS; span <= MAX_WINDOW_DAYS; span *= 8) {
        LocalDate lower = upper.minusDays(span);
        if (f.from() != null && !lower.isAfter(f.from())) break; // the filter's own range is no wider: read it whole
        List<Object> values = new ArrayList<>(List.of(lower));
        String keyset = " AND e.day >= ?";
        if (after != null) {
          keyset += " AND e.day <= ? AND (e.day < ? OR e.event_id < ?)";
          values.addAll(List.of(after.day(), after.day(), after.eventId()));
        }
        List<Long> page = ids(w, keyset, values, f.limit(), offset);
        if (page.size() == f.limit()) return page; // a full page inside the window: nothing outside it sorts earlier
      }
    }
    if (after == null) return ids(w, "", List.of(), f.limit(), offset);
    return ids(w, " AND (e.day IS NULL OR e.day <= ?) AND (e.day IS NULL OR e.day < ? OR e.event_id < ?)",
        List.of(after.day(), after.day(), after.eventId()), f.limit(), offset);
  }

  /** The latest event day, or null when no event is dated. */
  @Nullable LocalDate latestDay() throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(day) FROM events")) {
      r.next();
      return r.getObject(1, LocalDate.class);
    }
  }

  private List<Long> ids(FilterSql w, String keyset, List<Object> values, int limit, int offset) throws SQLException {
    String sql = "SELECT e.event_id FROM events e WHERE " + w.where + keyset
        + " ORDER BY e.day DESC NULLS LAST, e.event_id DESC LIMIT ? OFFSET ?";
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = w.bind(ps, 1);
      for (Object v : values) ps.setObject(i++, v);
      ps.setInt(i++, limit);
      ps.setInt(i, offset);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) out.add(r.getLong(1));
      }
    }
    return out;
  }

  /** The events with these ids, in the order given; the id range lets the scan skip row groups by their statistics. */
  private List<StoredEvent> rows(List<Long> ids) throws SQLException {
    if (ids.isEmpty()) return List.of();
    StringBuilder sql = new StringBuilder("SELECT e.* FROM events e WHERE e.event_id BETWEEN ? AND ? AND e.event_id IN (?");
    sql.append(",?".repeat(ids.size() - 1)).append(')');
    Map<Long, StoredEvent> byId = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      ps.setLong(1, Collections.min(ids));
      ps.setLong(2, Collections.max(ids));
      for (int i = 0; i < ids.size(); i++) ps.setLong(i + 3, ids.get(i));
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          StoredEvent e = EventReader.event(r);
          byId.put(e.id(), e);
        }
      }
    }
    List<StoredEvent> out = new ArrayList<>(ids.size());
    for (Long id : ids) out.add(byId.get(id));
    return out;
  }

  List<DyadSummary> dyads(EventFilter f) throws SQLException {
    FilterSql w = FilterSql.of(f);
    String sql = "SELECT least(e.source_key, e.target_key) AS a, greatest(e.source_key, e.target_key) AS b, "
        + "count(*) AS n, count(*) FILTER (WHERE e.quad_class >= 3), avg(e.goldstein) FROM events e WHERE " + w.where
        + " AND e.source_key <> '' AND e.target_key <> '' AND e.source_key <> e.target_key"
        + " GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?";
    List<DyadSummary> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(w.bind(ps, 1), f.limit());
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          String a = r.getString(1);
          String b = r.getString(2);
          if (!PARTY.matcher(a).matches() || !PARTY.matcher(b).matches()) continue;
          out.add(new DyadSummary(new Dyad(a, b), r.getLong(3), r.getLong(4), r.getDouble(5)));
        }
      }
    }
    return out;
  }

  Optional<StoredArticle> findArticle(String id) throws SQLException {
    Article article;
    String stage;
    String reason;
    String duplicateOf;
    try (PreparedStatement ps = c.prepareStatement("SELECT a.article_id, a.title, a.text, a.published, a.url, a.outlet, "
        + "a.duplicate_of, o.status, o.stage, o.reason FROM articles a LEFT JOIN outcomes o ON o.item_id = a.article_id "
        + "WHERE a.article_id = ? LIMIT 1")) {
      ps.setString(1, id);
      try (ResultSet r = ps.executeQuery()) {
        if (!r.next()) return Optional.empty();
        article = new Article(r.getString(1), r.getString(2), r.getString(3), Cells.date(r, "published"), r.getString(5),
            r.getString(6));
        duplicateOf = r.getString(7);
        boolean skipped = "skipped".equals(r.getString(8));
        stage = skipped ? r.getString(9) : null;
        reason = skipped ? r.getString(10) : null;
      }
    }
    List<StoredArticle.Mention> mentions = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT m.* FROM mentions m WHERE m.article_id = ? ORDER BY m.sentence, m.span_start, m.mention_id")) {
      ps.setString(1, id);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) mentions.add(new StoredArticle.Mention(r.getLong("event_id"), MentionCodec.read(r, "")));
      }
    }
    return Optional.of(new StoredArticle(article, stage, reason, duplicateOf, mentions));
  }
}
