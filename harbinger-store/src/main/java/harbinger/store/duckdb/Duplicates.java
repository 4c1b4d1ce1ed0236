package harbinger.store.duckdb;

import harbinger.model.Article;
import harbinger.store.ArticleFingerprint;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Finds stored copies of a batch's items: exact ones (same id, url or text hash) and near-duplicates (MinHash bands,
 * see {@link ArticleFingerprint}). Each lookup is one join of the staged batch against the stored table.
 */
final class Duplicates {
  /** A stored item that an incoming one duplicates. */
  record Match(String storedId, String reason) {}

  /** A stored article that an incoming one nearly copies; {@code root} is the original, {@code unit} its source. */
  record Near(String root, String unit, double similarity) {}

  /** One incoming item: id, and for articles the url and fingerprint. */
  record Probe(String id, @Nullable Article article, @Nullable ArticleFingerprint fingerprint) {}

  private static final String EXACT = """
      SELECT s.pos, a.article_id, 1 AS kind FROM temp.main.s_items s JOIN articles a ON a.article_id = s.item_id
      UNION ALL SELECT s.pos, o.item_id, 1 FROM temp.main.s_items s JOIN outcomes o ON o.item_id = s.item_id
      UNION ALL SELECT s.pos, a.article_id, 2 FROM temp.main.s_items s JOIN articles a ON a.url = s.url
      UNION ALL SELECT s.pos, a.article_id, 3 FROM temp.main.s_items s JOIN articles a ON a.text_hash = s.text_hash
      ORDER BY 1, 3, 2""";
  /** Days around an article's publication date within which dated copies are looked for. */
  static final int NEAR_DAYS = 7;
  private static final String NEAR = """
      WITH c AS (SELECT DISTINCT s.pos, b.article_id
                 FROM (SELECT pos, unnest(hashes) AS hash, published FROM temp.main.s_bands) s
                 JOIN article_bands b ON b.hash = s.hash
                 WHERE (CAST(? AS DATE) IS NULL OR b.published BETWEEN ? AND ?)
                   AND (s.published IS NULL OR b.published BETWEEN s.published - %d AND s.published + %d))
      SELECT c.pos, a.article_id, coalesce(a.duplicate_of, a.article_id) AS root, a.text_hash, a.signature, a.shingles,
             a.unit
      FROM c JOIN articles a ON a.article_id = c.article_id ORDER BY 1, 2""".formatted(NEAR_DAYS, NEAR_DAYS);

  private final DuckDBConnection c;
  private final Staging staging;

  Duplicates(DuckDBConnection c) {
    this.c = c;
    this.staging = new Staging(c);
  }

  /** Position → stored item for every probe that is already stored (first match by id, then url, then text). */
  Map<Integer, Match> exact(List<Probe> probes) throws SQLException {
    try (DuckDBAppender a = staging.refill("s_items")) {
      for (int i = 0; i < probes.size(); i++) {
        Probe p = probes.get(i);
        a.beginRow().append(i).append(p.id());
        Cells.str(a, p.article() == null ? null : p.article().url());
        Cells.str(a, p.fingerprint() == null ? null : p.fingerprint().textHash());
        a.endRow();
      }
    }
    Map<Integer, Match> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(EXACT); ResultSet r = ps.executeQuery()) {
      while (r.next()) {
        String reason = switch (r.getInt(3)) {
          case 1 -> "same id";
          case 2 -> "same url";
          default -> "same text";
        };
        out.putIfAbsent(r.getInt(1), new Match(r.getString(2), reason));
      }
    }
    return out;
  }

  /**
   * Stored candidates sharing a band with each listed position, as (stored id, root, fingerprint). A dated article
   * is compared with stored articles published within {@value #NEAR_DAYS} days of it (syndicated copies appear
   * together; the constant date bounds let DuckDB skip older row groups), an undated one with every stored article.
   */
  Map<Integer, List<Candidate>> candidates(Map<Integer, ArticleFingerprint> byPos, List<Probe> probes) throws SQLException {
    LocalDate min = null;
    LocalDate max = null;
    boolean undated = false;
    try (DuckDBAppender a = staging.refill("s_bands")) {
      for (Map.Entry<Integer, ArticleFingerprint> e : byPos.entrySet()) {
        if (e.getValue().shingles() < ArticleFingerprint.MIN_SHINGLES) continue;
        LocalDate published = probes.get(e.getKey()).article().published();
        if (published == null) undated = true;
        else {
          if (min == null || published.isBefore(min)) min = published;
          if (max == null || published.isAfter(max)) max = published;
        }
        a.beginRow().append(e.getKey().intValue()).appendNull().append(e.getValue().bandHashes());
        Cells.date(a, published);
        a.endRow();
      }
    }
    Map<Integer, List<Candidate>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(NEAR)) {
      boolean bounded = !undated && min != null;
      ps.setObject(1, bounded ? min : null);
      ps.setObject(2, bounded ? min.minusDays(NEAR_DAYS) : null);
      ps.setObject(3, bounded ? max.plusDays(NEAR_DAYS) : null);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          ArticleFingerprint f = ArticleFingerprint.of(r.getString(4), r.getBytes(5), r.getInt(6));
          out.computeIfAbsent(r.getInt(1), k -> new ArrayList<>())
              .add(new Candidate(r.getString(2), r.getString(3), r.getString(7), f));
        }
      }
    }
    return out;
  }

  /** A possible original, stored or earlier in the batch: {@code unit} is the source of its root. */
  record Candidate(String id, String root, String unit, ArticleFingerprint fingerprint) {}

  /** The best near-duplicate match among candidates, by estimated Jaccard, or null. */
  static @Nullable Near best(ArticleFingerprint f, List<Candidate> candidates) {
    Candidate best = null;
    double bestJ = -1;
    for (Candidate cand : candidates) {
      if (!f.nearDuplicateOf(cand.fingerprint())) continue;
      double j = f.jaccard(cand.fingerprint());
      if (j > bestJ) {
        best = cand;
        bestJ = j;
      }
    }
    return best == null ? null : new Near(best.root(), best.unit(), bestJ);
  }
}
