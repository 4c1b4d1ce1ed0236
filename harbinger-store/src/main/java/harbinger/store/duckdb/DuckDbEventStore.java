package harbinger.store.duckdb;

import harbinger.error.InputException;
import harbinger.model.Article;
import harbinger.pipeline.Result;
import harbinger.store.BatchReport;
import harbinger.store.DailyConflict;
import harbinger.store.Dyad;
import harbinger.store.DyadSummary;
import harbinger.store.EventExporter;
import harbinger.store.EventFilter;
import harbinger.store.EventRecord;
import harbinger.store.EventStore;
import harbinger.store.Interval;
import harbinger.store.PagePosition;
import harbinger.store.QueryResult;
import harbinger.store.SeriesPoint;
import harbinger.store.SqlGuard;
import harbinger.store.StoreException;
import harbinger.store.StoreStats;
import harbinger.store.StoredArticle;
import harbinger.store.StoredEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * {@link EventStore} on one DuckDB file. Holds one connection, or (shared mode) opens one for each call and closes it
 * afterwards so that other processes can open the file in between. Translates {@link SQLException}s into
 * {@link StoreException}s once, here. Not thread-safe.
 */
final class DuckDbEventStore implements EventStore {
  private final Connector connector;
  private final boolean shared;
  private final Clock clock;
  private @Nullable DuckDBConnection held;
  private boolean queryMode;
  /** The latest event day when last read (pages start their search there); forgotten when this store writes. */
  private @Nullable LocalDate latestDay;
  private boolean latestKnown;
  private boolean closed;

  DuckDbEventStore(Connector connector, boolean shared, Clock clock) {
    this.connector = connector;
    this.shared = shared;
    this.clock = clock;
    if (!shared) held = connect();
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(DuckDBConnection c) throws SQLException;
  }

  private DuckDBConnection connect() {
    Connection c = connector.open();
    try {
      DuckDBConnection d = c.unwrap(DuckDBConnection.class);
      if (!connector.readOnly()) Schema.staging(d);
      return d;
    } catch (SQLException e) {
      throw new StoreException("cannot prepare store " + connector.file() + ": " + e.getMessage(), e);
    }
  }

  private <T> T with(String what, Work<T> work) {
    if (closed) throw new IllegalStateException("store is closed");
    DuckDBConnection c = held != null ? held : connect();
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(what + " failed on " + connector.file() + ": " + e.getMessage(), e);
    } finally {
      if (held == null) closeQuietly(c);
    }
  }

  @Override public Map<String, String> findStored(List<Article> articles) {
    if (articles.isEmpty()) return Map.of();
    requireWritable();
    return with("duplicate check", c -> {
      List<Result> results = new ArrayList<>();
      for (Article a : articles) results.add(new Result(a, new harbinger.model.Outcome.Coded(a.id(), 0, List.of())));
      Map<Integer, Duplicates.Match> m = new BatchWriter(c, clock).exact(BatchWriter.probes(results));
      Map<String, String> out = new HashMap<>();
      m.forEach((pos, match) -> out.put(articles.get(pos).id(), match.storedId()));
      return out;
    });
  }

  @Override public BatchReport add(List<Result> results) {
    if (results.isEmpty()) return BatchReport.empty();
    requireWritable();
    latestKnown = false;
    return with("storing " + results.size() + " items", c -> new BatchWriter(c, clock).write(results));
  }

  @Override public List<StoredEvent> events(EventFilter filter) {
    return with("event query", c -> new EventReader(c).events(filter));
  }

  @Override public List<StoredEvent> newestFirst(EventFilter filter, @Nullable PagePosition after, int offset) {
    if (offset < 0) throw new IllegalArgumentException("offset must be >= 0 but was " + offset);
    if (after != null && offset != 0) throw new IllegalArgumentException("offset cannot be combined with a page position");
    return with("event page", c -> {
      PageReader reader = new PageReader(c);
      if (!latestKnown) {
        latestDay = reader.latestDay();
        latestKnown = true;
      }
      return reader.newestFirst(filter, after, offset, latestDay);
    });
  }

  @Override public long count(EventFilter filter) {
    return with("event count", c -> new PageReader(c).count(filter));
  }

  @Override public List<DyadSummary> dyads(EventFilter filter) {
    return with("dyad totals", c -> new PageReader(c).dyads(filter));
  }

  @Override public Optional<StoredArticle> findArticle(String id) {
    return with("article read", c -> new PageReader(c).findArticle(id));
  }

  @Override public void forEachRecord(EventFilter filter, Consumer<EventRecord> sink) {
    with("event export", c -> {
      new EventReader(c).forEachRecord(filter, sink);
      return null;
    });
  }

  @Override public List<SeriesPoint> series(Dyad dyad, boolean directed, Interval interval, @Nullable LocalDate from,
                                            @Nullable LocalDate to) {
    return with("dyad series", c -> new EventReader(c).series(dyad, directed, interval, from, to));
  }

  @Override public List<DailyConflict> dailyConflict(@Nullable LocalDate from, @Nullable LocalDate to) {
    return with("daily conflict", c -> new EventReader(c).dailyConflict(from, to));
  }

  @Override public StoreStats stats(int topDyads) {
    return with("stats", c -> new Summaries(c).stats(topDyads));
  }

  @Override public Map<String, Long> tableCounts() {
    return with("table counts", c -> new Summaries(c).tableCounts());
  }

  /**
   * Runs a user's query: {@link SqlGuard} first, then on this read-only connection with access to other files
   * switched off and the configuration locked (so the query cannot switch it back on). After a query this store
   * cannot write Parquet files.
   */
  @Override public QueryResult query(String sql, int maxRows) {
    String checked = SqlGuard.check(sql);
    if (!connector.readOnly()) throw new IllegalStateException("queries run on stores opened with Mode.READ");
    if (maxRows < 1) throw new IllegalArgumentException("maxRows must be >= 1 but was " + maxRows);
    if (closed) throw new IllegalStateException("store is closed");
    DuckDBConnection c = held;
    try {
      if (!queryMode) {
        try (Statement s = c.createStatement()) {
          s.execute("SET enable_external_access = false");
          s.execute("SET lock_configuration = true");
        }
        queryMode = true;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot restrict the query connection: " + e.getMessage(), e);
    }
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(checked)) {
      ResultSetMetaData md = r.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) columns.add(md.getColumnLabel(i));
      List<List<String>> rows = new ArrayList<>();
      boolean more = false;
      while (r.next()) {
        if (rows.size() == maxRows) {
          more = true;
          break;
        }
        List<String> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
          Object v = r.getObject(i);
          row.add(v == null ? null : v.toString());
        }
        rows.add(row);
      }
      return new QueryResult(columns, rows, more);
    } catch (SQLException e) {
      throw new InputException("query failed: " + e.getMessage(), e);
    }
  }

  /** {@code COPY (SELECT ...) TO ? (FORMAT parquet)}: filter values and the path are bound as parameters. */
  @Override public void exportParquet(EventFilter filter, Path out) {
    if (queryMode) throw new IllegalStateException("this store ran a user query and may no longer write files");
    FilterSql w = FilterSql.of(filter);
    String sql = "COPY (SELECT e.event_id, e.day AS date, e.source_key, e.source_code, e.target_key, e.target_code, "
        + "e.cameo, e.base_code, e.cameo_root, e.plover, e.plover_mode, e.quad_class, e.goldstein, e.modality, "
        + "e.num_mentions, e.num_sources, e.num_articles, e.independent_sources, round(e.confidence, 4) AS confidence, "
        + "e.first_article_id, a.url, e.evidence FROM events e JOIN articles a ON a.article_id = e.first_article_id "
        + "WHERE " + w.where + " ORDER BY e.event_id LIMIT ?) TO ? (FORMAT parquet)";
    assert EventExporter.CSV_COLUMNS.size() == 22;
    with("parquet export", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        // DuckDB numbers COPY's TO parameter before the query's own (checked by ReadsIT's Parquet export)
        ps.setString(1, out.toAbsolutePath().toString());
        ps.setInt(w.bind(ps, 2), filter.limit());
        ps.execute();
      }
      return null;
    });
  }

  private void requireWritable() {
    if (connector.readOnly()) throw new IllegalStateException("store was opened read-only");
  }

  @Override public void close() {
    if (closed) return;
    closed = true;
    if (held != null) {
      DuckDBConnection c = held;
      held = null;
      try {
        c.close();
      } catch (SQLException e) {
        throw new StoreException("closing store " + connector.file() + " failed: " + e.getMessage(), e);
      }
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // the work's own outcome matters more; the connection is gone either way
    }
  }
}
