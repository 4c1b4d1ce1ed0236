package harbinger.store.duckdb;

import harbinger.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a store, and the temporary staging tables a writer uses. Keys (unique by construction, not by
 * declared constraints): {@code articles.article_id}, {@code outcomes.item_id}, {@code events.event_id},
 * {@code mentions.mention_id}. The writer keeps them unique: one process writes a file at a time (DuckDB's lock),
 * and every batch is checked against what is stored before anything is appended (CrashSafetyIT checks it after a
 * kill and a re-run). DuckDB keeps declared keys in ART indexes that must fit in memory and are rewritten at every
 * checkpoint, which made million-row stores slow to write; every lookup here (by id, url, text hash, band hash,
 * cluster key) is instead a hash join against the staged values of one batch. {@code source} (the outlet) and
 * {@code unit} (the outlet of the original a near-duplicate copies: the independent source) are copied from the
 * article into each mention, so recounting an event reads only {@code mentions}.
 */
final class Schema {
  static final String VERSION = "1";

  private static final List<String> TABLES = List.of(
      "CREATE TABLE IF NOT EXISTS store_meta(key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
      """
      CREATE TABLE IF NOT EXISTS articles(
        article_id VARCHAR NOT NULL, title VARCHAR, text VARCHAR NOT NULL, published DATE, url VARCHAR,
        outlet VARCHAR, source VARCHAR NOT NULL, unit VARCHAR NOT NULL, text_hash VARCHAR NOT NULL, shingles INTEGER NOT NULL,
        signature BLOB NOT NULL, duplicate_of VARCHAR, similarity DOUBLE, added_at TIMESTAMP NOT NULL)""",
      "CREATE TABLE IF NOT EXISTS article_bands(hash BIGINT NOT NULL, article_id VARCHAR NOT NULL, published DATE)",
      """
      CREATE TABLE IF NOT EXISTS outcomes(
        item_id VARCHAR NOT NULL, status VARCHAR NOT NULL, stage VARCHAR, reason VARCHAR, sentences INTEGER,
        events INTEGER NOT NULL, added_at TIMESTAMP NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS events(
        event_id BIGINT NOT NULL, cluster_key VARCHAR NOT NULL, day DATE, source_key VARCHAR NOT NULL,
        source_code VARCHAR, target_key VARCHAR NOT NULL, target_code VARCHAR, cameo VARCHAR NOT NULL,
        base_code VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, plover VARCHAR NOT NULL, plover_mode VARCHAR,
        quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL, modality VARCHAR NOT NULL,
        num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
        independent_sources INTEGER NOT NULL, confidence DOUBLE NOT NULL, first_article_id VARCHAR NOT NULL,
        first_mention_id BIGINT NOT NULL, evidence VARCHAR NOT NULL, added_at TIMESTAMP NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS mentions(
        mention_id BIGINT NOT NULL, event_id BIGINT NOT NULL, article_id VARCHAR NOT NULL, source VARCHAR NOT NULL,
        unit VARCHAR NOT NULL, coder_event_id VARCHAR NOT NULL, day DATE, sentence INTEGER NOT NULL, evidence VARCHAR NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL, date DATE, date_precision VARCHAR,
        source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, source_agents VARCHAR, source_name VARCHAR,
        source_start INTEGER, source_end INTEGER,
        target_text VARCHAR, target_code VARCHAR, target_country VARCHAR, target_agents VARCHAR, target_name VARCHAR,
        target_start INTEGER, target_end INTEGER,
        cameo VARCHAR NOT NULL, plover VARCHAR NOT NULL, plover_mode VARCHAR, quad_class INTEGER NOT NULL,
        goldstein DOUBLE NOT NULL, modality VARCHAR NOT NULL,
        attr_text VARCHAR, attr_code VARCHAR, attr_country VARCHAR, attr_agents VARCHAR, attr_name VARCHAR,
        attr_start INTEGER, attr_end INTEGER,
        quote VARCHAR, quantities VARCHAR NOT NULL, location VARCHAR, confidence DOUBLE NOT NULL)""");

  /** Per-connection scratch tables for one batch; never persisted. */
  private static final List<String> STAGING = List.of(
      "CREATE TEMP TABLE IF NOT EXISTS s_items(pos INTEGER, item_id VARCHAR, url VARCHAR, text_hash VARCHAR)",
      "CREATE TEMP TABLE IF NOT EXISTS s_bands(pos INTEGER, article_id VARCHAR, hashes BIGINT[], published DATE)",
      "CREATE TEMP TABLE IF NOT EXISTS s_keys(cluster_key VARCHAR)",
      "CREATE TEMP TABLE IF NOT EXISTS s_touched(event_id BIGINT)",
      """
      CREATE TEMP TABLE IF NOT EXISTS s_updates(event_id BIGINT, num_mentions INTEGER, num_sources INTEGER,
        num_articles INTEGER, independent_sources INTEGER, confidence DOUBLE, any_asserted BOOLEAN)""");

  private Schema() {}

  /** Creates missing tables and checks the version of an existing store. */
  static void ensure(Connection c, String file) throws SQLException {
    try (Statement s = c.createStatement()) {
      boolean hasMeta;
      boolean hasOther;
      try (ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'store_meta'), count(*) "
          + "FROM information_schema.tables WHERE table_schema = 'main' AND table_catalog = current_database()")) {
        r.next();
        hasMeta = r.getLong(1) > 0;
        hasOther = r.getLong(2) > (hasMeta ? 1 : 0);
      }
      if (!hasMeta && hasOther) throw new StoreException(file + ": not a Harbinger store (it has tables but no store_meta)");
      for (String ddl : TABLES) s.execute(ddl);
      s.execute("INSERT INTO store_meta VALUES ('schema_version', '" + VERSION + "') ON CONFLICT DO NOTHING");
      try (ResultSet r = s.executeQuery("SELECT value FROM store_meta WHERE key = 'schema_version'")) {
        r.next();
        if (!VERSION.equals(r.getString(1)))
          throw new StoreException(file + ": store schema version " + r.getString(1) + " is not the supported version " + VERSION);
      }
    }
  }

  /** Checks that a file opened read-only is a store of this version. */
  static void check(Connection c, String file) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'store_meta' "
             + "AND table_schema = 'main' AND table_catalog = current_database()")) {
      r.next();
      if (r.getLong(1) == 0) throw new StoreException(file + ": not a Harbinger store (no store_meta table)");
    }
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT value FROM store_meta WHERE key = 'schema_version'")) {
      if (!r.next() || !VERSION.equals(r.getString(1)))
        throw new StoreException(file + ": unsupported store schema version");
    }
  }

  static void staging(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : STAGING) s.execute(ddl);
    }
  }
}
