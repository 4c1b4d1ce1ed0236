package harbinger.store.duckdb;

import harbinger.model.Article;
import harbinger.store.Dyad;
import harbinger.store.DyadSummary;
import harbinger.store.EventFilter;
import harbinger.store.EventSlice;
import harbinger.store.PagePosition;
import harbinger.store.StoredArticle;
import harbinger.store.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reads behind the HTTP API: pages of events newest first, the busiest dyads among matching events, and one
 * article with all its mentions. Every value is a bound parameter. Stateless.
 *
 * <p><b>Implementation notes.</b> A page is {@code ORDER BY day DESC NULLS LAST, event_id DESC LIMIT n}: DuckDB runs
 * it as a top-n and pushes the running n-th key into the scan as a filter, so row groups whose day range cannot beat
 * it (events are appended roughly in time order) are skipped by their min/max statistics. A keyset page adds
 * {@code day <= d} as its own conjunct, which prunes row groups the same way, and the exact tie-break
 * {@code (day = d AND event_id < id)} beside it. The count of matches is a separate {@code count(*)} with the same
 * filter (no window over the whole result).
 */
final class PageReader {
  private static final Pattern PARTY = Pattern.compile("[A-Z0-9]{3,}");
  private final Connection c;

  PageReader(Connection c) { this.c = c; }

  EventSlice newestFirst(EventFilter f, @Nullable PagePosition after, int offset) throws SQLException {
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0 but was " + offset);
    if (after != null && offset != 0) throw new IllegalArgumentException("offset cannot be combined with a page position");
    FilterSql w = FilterSql.of(f);
    StringBuilder sql = new StringBuilder("SELECT e.* FROM events e WHERE ").append(w.where);
    List<Object> keyset = new ArrayList<>();
    if (after != null && after.day() != null) {
      sql.append(" AND (e.day IS NULL OR e.day <= ?) AND (e.day IS NULL OR e.day < ? OR e.event_id < ?)");
      keyset.add(after.day());
      keyset.add(after.day());
      keyset.add(after.eventId());
    } else if (after != null) {
      sql.append(" AND e.day IS NULL AND e.event_id < ?");
      keyset.add(after.eventId());
    }
    sql.append(" ORDER BY e.day DESC NULLS LAST, e.event_id DESC LIMIT ? OFFSET ?");
    List<StoredEvent> items = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = w.bind(ps, 1);
      for (Object k : keyset) ps.setObject(i++, k);
      ps.setInt(i++, f.limit());
      ps.setInt(i, offset);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) items.add(EventReader.event(r));
      }
    }
    long total;
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e WHERE " + w.where)) {
      w.bind(ps, 1);
      try (ResultSet r = ps.executeQuery()) {
        r.next();
        total = r.getLong(1);
      }
    }
    return new EventSlice(items, Math.max(total, items.size()));
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
