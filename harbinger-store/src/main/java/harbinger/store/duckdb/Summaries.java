package harbinger.store.duckdb;

import harbinger.store.StoreStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Summary figures and table counts. Stateless. */
final class Summaries {
  private final Connection c;

  Summaries(Connection c) { this.c = c; }

  StoreStats stats(int topDyads) throws SQLException {
    long articles = one("SELECT count(*) FROM articles");
    long coded = one("SELECT count(*) FROM outcomes WHERE status = 'coded'");
    long near = one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL");
    long events = one("SELECT count(*) FROM events");
    long mentions = one("SELECT count(*) FROM mentions");
    long multi = one("SELECT count(*) FROM events WHERE num_sources >= 2");
    Map<String, Long> skipped = new TreeMap<>();
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT stage, count(*) FROM outcomes WHERE status = 'skipped' GROUP BY 1")) {
      while (r.next()) skipped.put(r.getString(1), r.getLong(2));
    }
    long[] quad = new long[4];
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT quad_class, count(*) FROM events GROUP BY 1")) {
      while (r.next()) quad[r.getInt(1) - 1] = r.getLong(2);
    }
    LocalDate first;
    LocalDate last;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT min(day), max(day) FROM events")) {
      r.next();
      first = r.getObject(1, LocalDate.class);
      last = r.getObject(2, LocalDate.class);
    }
    List<Map.Entry<String, Long>> top = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT least(source_key, target_key) || ',' || "
        + "greatest(source_key, target_key) AS dyad, count(*) AS n FROM events WHERE source_key <> '' "
        + "AND target_key <> '' AND source_key <> target_key GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?")) {
      ps.setInt(1, topDyads);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) top.add(new AbstractMap.SimpleImmutableEntry<>(r.getString(1), r.getLong(2)));
      }
    }
    return new StoreStats(articles, coded, skipped, near, events, mentions, multi, quad, first, last, top);
  }

  Map<String, Long> tableCounts() throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : List.of("articles", "outcomes", "events", "mentions")) out.put(t, one("SELECT count(*) FROM " + t));
    return out;
  }

  private long one(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
