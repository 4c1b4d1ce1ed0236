package harbinger.store.duckdb;

import harbinger.model.Article;
import harbinger.model.Outcome;
import harbinger.pipeline.Result;
import harbinger.store.ArticleFingerprint;
import harbinger.store.BatchReport;
import harbinger.store.BatchReport.ArticleResult;
import harbinger.store.BatchReport.Status;
import harbinger.store.EventKeys;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Stores one batch of pipeline results in one transaction (explicit {@code BEGIN} ... {@code COMMIT}, rolled back on
 * any failure, so a batch is stored whole or not at all):
 * <ol>
 *   <li>items already stored (same id, url or normalised text), or repeated earlier in the batch, are dropped;</li>
 *   <li>each remaining article is checked for a near-duplicate original (stored or earlier in the batch) and linked
 *       to it;</li>
 *   <li>articles, their MinHash bands and every item's outcome are appended;</li>
 *   <li>the events of coded articles become mentions, clustered into stored events ({@link Clusterer});</li>
 *   <li>counts and confidence of every touched event are recomputed from all its mentions.</li>
 * </ol>
 * Not thread-safe; the store holds one per connection.
 */
final class BatchWriter {
  private final DuckDBConnection c;
  private final Clock clock;
  private final Duplicates duplicates;

  BatchWriter(DuckDBConnection c, Clock clock) {
    this.c = c;
    this.clock = clock;
    this.duplicates = new Duplicates(c);
  }

  /** Probes for items: articles get fingerprints, unreadable items only their id. */
  static List<Duplicates.Probe> probes(List<Result> results) {
    List<Duplicates.Probe> out = new ArrayList<>(results.size());
    for (Result r : results) {
      Article a = r.article();
      out.add(new Duplicates.Probe(r.outcome().articleId(), a, a == null ? null : ArticleFingerprint.of(a)));
    }
    return out;
  }

  Map<Integer, Duplicates.Match> exact(List<Duplicates.Probe> probes) throws SQLException {
    return duplicates.exact(probes);
  }

  BatchReport write(List<Result> results) throws SQLException {
    List<Duplicates.Probe> probes = probes(results);
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    exec("BEGIN TRANSACTION");
    try {
      BatchReport report = writeInTransaction(results, probes, now);
      exec("COMMIT");
      return report;
    } catch (SQLException | RuntimeException e) {
      try {
        exec("ROLLBACK");
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private BatchReport writeInTransaction(List<Result> results, List<Duplicates.Probe> probes, LocalDateTime now)
      throws SQLException {
    int n = results.size();
    ArticleResult[] status = new ArticleResult[n];
    Map<Integer, Duplicates.Match> stored = duplicates.exact(probes);
    Map<String, Integer> seenId = new HashMap<>();
    Map<String, Integer> seenUrl = new HashMap<>();
    Map<String, Integer> seenHash = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Duplicates.Probe p = probes.get(i);
      Duplicates.Match m = stored.get(i);
      String reason = m != null ? m.reason() : null;
      String of = m != null ? m.storedId() : null;
      if (of == null) {
        Integer earlier = seenId.get(p.id());
        reason = "same id";
        if (earlier == null && p.article() != null && p.article().url() != null) {
          earlier = seenUrl.get(p.article().url());
          reason = "same url";
        }
        if (earlier == null && p.fingerprint() != null) {
          earlier = seenHash.get(p.fingerprint().textHash());
          reason = "same text";
        }
        if (earlier != null) of = probes.get(earlier).id();
      }
      if (of != null) {
        status[i] = new ArticleResult(p.id(), Status.DUPLICATE, of, reason);
        continue;
      }
      seenId.put(p.id(), i);
      if (p.article() != null && p.article().url() != null) seenUrl.put(p.article().url(), i);
      if (p.fingerprint() != null) seenHash.put(p.fingerprint().textHash(), i);
    }
    Map<Integer, ArticleFingerprint> fresh = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (status[i] == null && probes.get(i).fingerprint() != null) fresh.put(i, probes.get(i).fingerprint());
    }
    Map<Integer, List<Duplicates.Candidate>> candidates = fresh.isEmpty() ? Map.of() : duplicates.candidates(fresh, probes);
    Map<Long, List<Integer>> batchBands = new HashMap<>();
    String[] duplicateOf = new String[n];
    String[] unit = new String[n];
    double[] similarity = new double[n];
    for (int i = 0; i < n; i++) {
      if (status[i] != null) continue;
      ArticleFingerprint f = probes.get(i).fingerprint();
      if (f == null) {
        status[i] = new ArticleResult(probes.get(i).id(), Status.ADDED, null, null);
        continue;
      }
      unit[i] = EventKeys.sourceName(probes.get(i).article());
      List<Duplicates.Candidate> cands = new ArrayList<>(candidates.getOrDefault(i, List.of()));
      long[] bands = f.bandHashes();
      java.util.Set<Integer> earlier = new java.util.TreeSet<>();
      for (long h : bands) earlier.addAll(batchBands.getOrDefault(h, List.of()));
      for (int j : earlier) {
        String id = probes.get(j).id();
        cands.add(new Duplicates.Candidate(id, duplicateOf[j] != null ? duplicateOf[j] : id, unit[j], probes.get(j).fingerprint()));
      }
      Duplicates.Near near = Duplicates.best(f, cands);
      if (near != null) {
        duplicateOf[i] = near.root();
        unit[i] = near.unit();
        similarity[i] = near.similarity();
        status[i] = new ArticleResult(probes.get(i).id(), Status.NEAR_DUPLICATE, near.root(),
            String.format(Locale.ROOT, "similarity %.2f", near.similarity()));
      } else {
        status[i] = new ArticleResult(probes.get(i).id(), Status.ADDED, null, null);
      }
      if (f.shingles() >= ArticleFingerprint.MIN_SHINGLES) {
        for (long h : bands) batchBands.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
      }
    }
    appendArticles(results, probes, status, duplicateOf, unit, similarity, now);
    Clusterer clusterer = new Clusterer(c, now);
    for (int i = 0; i < n; i++) {
      if (status[i].status() == Status.DUPLICATE) continue;
      Result r = results.get(i);
      if (r.outcome() instanceof Outcome.Coded coded && r.article() != null) {
        clusterer.add(r.article(), coded.events(), EventKeys.sourceName(r.article()), unit[i]);
      }
    }
    Clusterer.Counts counts = clusterer.flush();
    return new BatchReport(List.of(status), counts.mentions(), counts.newEvents());
  }

  private void appendArticles(List<Result> results, List<Duplicates.Probe> probes, ArticleResult[] status,
                              String[] duplicateOf, String[] unit, double[] similarity, LocalDateTime now)
      throws SQLException {
    try (DuckDBAppender articles = c.createAppender("main", "articles");
         DuckDBAppender bands = new Staging(c).refill("s_bands");
         DuckDBAppender outcomes = c.createAppender("main", "outcomes")) {
      for (int i = 0; i < results.size(); i++) {
        if (status[i].status() == Status.DUPLICATE) continue;
        Result r = results.get(i);
        Article a = r.article();
        ArticleFingerprint f = probes.get(i).fingerprint();
        if (a != null && f != null) {
          articles.beginRow().append(a.id());
          Cells.str(articles, a.title());
          articles.append(a.text());
          Cells.date(articles, a.published());
          Cells.str(articles, a.url());
          Cells.str(articles, a.outlet());
          articles.append(EventKeys.sourceName(a)).append(unit[i]).append(f.textHash()).append(f.shingles()).append(f.signatureBytes());
          Cells.str(articles, duplicateOf[i]);
          Cells.dbl(articles, duplicateOf[i] == null ? null : similarity[i]);
          articles.append(now).endRow();
          if (f.shingles() >= ArticleFingerprint.MIN_SHINGLES) {
            bands.beginRow().append(i).append(a.id()).append(f.bandHashes());
            Cells.date(bands, a.published());
            bands.endRow();
          }
        }
        outcome(outcomes, r.outcome(), now);
      }
    }
    exec("INSERT INTO article_bands SELECT unnest(hashes), article_id, published FROM temp.main.s_bands");
  }

  private static void outcome(DuckDBAppender a, Outcome o, LocalDateTime now) throws SQLException {
    a.beginRow().append(o.articleId());
    if (o instanceof Outcome.Coded c) {
      a.append("coded").appendNull().appendNull().append(c.sentences()).append(c.events().size());
    } else {
      Outcome.Skipped s = (Outcome.Skipped) o;
      a.append("skipped").append(s.stage()).append(s.reason()).appendNull().append(0);
    }
    a.append(now).endRow();
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static @Nullable String nullIfBlank(@Nullable String s) { return s == null || s.isBlank() ? null : s; }
}
