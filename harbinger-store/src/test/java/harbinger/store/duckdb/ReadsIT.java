package harbinger.store.duckdb;

import static harbinger.store.duckdb.Fixtures.article;
import static harbinger.store.duckdb.Fixtures.body;
import static harbinger.store.duckdb.Fixtures.coded;
import static harbinger.store.duckdb.Fixtures.country;
import static harbinger.store.duckdb.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.error.InputException;
import harbinger.model.Article;
import harbinger.model.Modality;
import harbinger.pipeline.Result;
import harbinger.store.Alert;
import harbinger.store.AlertService;
import harbinger.store.Dyad;
import harbinger.store.EscalationDetector;
import harbinger.store.EventExporter;
import harbinger.store.EventFilter;
import harbinger.store.EventRecord;
import harbinger.store.EventStore;
import harbinger.store.ExportFormat;
import harbinger.store.Interval;
import harbinger.store.QueryResult;
import harbinger.store.SeriesPoint;
import harbinger.store.StoredEvent;
import harbinger.output.GdeltTsv;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store holding 60 days of a dyad: cooperative talk every third day, then strikes every other day from day 45
 * (days 45, 47, 49, 51: two days apart, so four events), plus
 * other dyads; read back through filters, series, alerts, exports and SQL.
 */
class ReadsIT {
  static final LocalDate START = LocalDate.of(2023, 8, 1);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  Path db;

  @BeforeEach void fill() {
    db = dir.resolve("r.duckdb");
    List<Result> batch = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      LocalDate day = START.plusDays(d);
      Article a = article("d" + d, "Outlet " + (d % 3), day, body(d + 100, 60));
      List<harbinger.model.Event> es = new ArrayList<>();
      if (d % 3 == 0) es.add(event(a, 1, country("ARM", "GOV"), country("AZE", "GOV"), "040", 1, 1, day, Modality.ASSERTED, 0.8));
      if (d >= 45 && d < 52 && d % 2 == 1) es.add(event(a, 2, country("AZE", "MIL"), country("ARM", ""), "195", -10, 4, day, Modality.ASSERTED, 0.9));
      if (d == 10) es.add(event(a, 3, country("USA", "GOV"), country("RUS", "GOV"), "112", -2, 3, day, Modality.CLAIMED, 0.7));
      if (d == 11) es.add(event(a, 4, country("RUS", "MIL"), country("UKR", ""), "190", -10, 4, day, Modality.NEGATED, 0.7));
      batch.add(coded(a, es.toArray(harbinger.model.Event[]::new)));
    }
    try (EventStore s = DuckDbStores.open(db, DuckDbStores.Mode.WRITE, Duration.ZERO, CLOCK)) {
      s.add(batch);
    }
  }

  EventStore read() { return DuckDbStores.open(db, DuckDbStores.Mode.READ, Duration.ZERO); }

  @Test void filtersCombine() {
    try (EventStore s = read()) {
      assertEquals(20 + 4, s.events(EventFilter.builder().dyad(new Dyad("ARM", "AZE"), false).limit(1000).build()).size());
      assertEquals(20, s.events(EventFilter.builder().dyad(new Dyad("ARM", "AZE"), true).limit(1000).build()).size());
      assertEquals(4, s.events(EventFilter.builder().actor("AZEMIL").build()).size());
      assertEquals(2, s.events(EventFilter.builder().country("RUS").build()).size());
      assertEquals(5, s.events(EventFilter.builder().cameo("19").build()).size());
      assertEquals(4, s.events(EventFilter.builder().cameo("195").quadClass(4).modality(Modality.ASSERTED).build()).size());
      assertEquals(1, s.events(EventFilter.builder().plover("ASSAULT").modality(Modality.NEGATED).build()).size());
      List<StoredEvent> week = s.events(EventFilter.builder().from(START.plusDays(45)).to(START.plusDays(47)).limit(1000).build());
      assertEquals(List.of(START.plusDays(45), START.plusDays(45), START.plusDays(47)),
          week.stream().map(StoredEvent::date).toList());
      assertEquals(3, s.events(EventFilter.builder().limit(3).build()).size());
    }
  }

  @Test void dyadSeriesIsDenseAndCountsRealisedEventsOnly() {
    try (EventStore s = read()) {
      List<SeriesPoint> daily = s.series(new Dyad("AZE", "ARM"), false, Interval.DAY, null, null);
      assertEquals(START, daily.get(0).period());
      assertEquals(START.plusDays(57), daily.get(daily.size() - 1).period());
      assertEquals(58, daily.size());
      SeriesPoint d45 = daily.get(45);
      assertEquals(List.of(1, 0, 0, 1), List.of(d45.quad()[0], d45.quad()[1], d45.quad()[2], d45.quad()[3]));
      assertEquals(-9, d45.goldsteinSum(), 1e-9);
      assertEquals(0.5, d45.conflictShare(), 1e-9);
      assertEquals(0, daily.get(1).events());
      List<SeriesPoint> weekly = s.series(new Dyad("ARM", "AZE"), false, Interval.WEEK, null, null);
      assertTrue(weekly.stream().allMatch(p -> p.period().getDayOfWeek() == java.time.DayOfWeek.MONDAY));
      assertEquals(24, weekly.stream().mapToInt(SeriesPoint::events).sum());
      assertEquals(List.of(), s.series(new Dyad("RUS", "UKR"), false, Interval.DAY, null, null), "negated strikes are not in the series");
    }
  }

  @Test void alertsOnTheWeekOfStrikesWithItsEvents() {
    try (EventStore s = read()) {
      List<Alert> alerts = new AlertService(s, EscalationDetector.defaults()).alerts(null, null, 3);
      assertEquals(1, alerts.size(), () -> alerts.toString());
      Alert a = alerts.get(0);
      assertEquals(new Dyad("ARM", "AZE"), a.dyad());
      assertEquals(START.plusDays(45), a.signal().day());
      assertEquals("AZEMIL", a.drivers().get(0).sourceCode());
      assertEquals(List.of(), new AlertService(s, EscalationDetector.defaults()).alerts(START.plusDays(46), null, 3));
    }
  }

  @Test void exportsCarryTheStoreCounts() throws Exception {
    try (EventStore s = read()) {
      List<EventRecord> records = new ArrayList<>();
      s.forEachRecord(EventFilter.all(), records::add);
      assertEquals(26, records.size());
      EventRecord r = records.get(0);
      String[] gdelt = EventExporter.line(ExportFormat.gdelt, r).split("\t", -1);
      assertEquals(GdeltTsv.COLUMNS, gdelt.length);
      assertEquals(String.valueOf(r.event().id()), gdelt[0]);
      assertEquals("1", gdelt[31]);
      assertEquals("20240102030405", gdelt[59]);
      JsonNode j = new ObjectMapper().readTree(EventExporter.line(ExportFormat.jsonl, r));
      assertEquals(r.event().id(), j.get("store_event_id").asLong());
      assertEquals(1, j.get("mentions").size());
      assertEquals("ARMGOV", j.get("source").get("code").asText());
      JsonNode p = new ObjectMapper().readTree(EventExporter.line(ExportFormat.plover, r));
      assertEquals("ARM", p.get("source").get(0).get("code").asText());
      assertEquals("GOV", p.get("source").get(0).get("sector").asText());
      assertEquals(START.toString(), p.get("date").asText());
      assertEquals(EventExporter.CSV_COLUMNS.size(), EventExporter.line(ExportFormat.csv, r).split(",", -1).length);
      Path parquet = dir.resolve("e.parquet");
      s.exportParquet(EventFilter.builder().cameo("195").build(), parquet);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
           Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT count(*), min(plover) FROM '" + parquet + "'")) {
        rs.next();
        assertEquals(4, rs.getLong(1));
        assertEquals("ASSAULT", rs.getString(2));
      }
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
           Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM '" + parquet + "'")) {
        List<String> cols = new ArrayList<>();
        while (rs.next()) cols.add(rs.getString(1));
        assertEquals(EventExporter.CSV_COLUMNS, cols);
      }
    }
  }

  @Test void readOnlySqlAnswersSelectsAndRefusesEverythingElse() {
    try (EventStore s = read()) {
      QueryResult q = s.query("SELECT plover, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC", 10);
      assertEquals(List.of("plover", "n"), q.columns());
      assertEquals("20", q.rows().get(0).get(1));
      assertTrue(s.query("SELECT * FROM events", 5).truncated());
      assertThrows(InputException.class, () -> s.query("DELETE FROM events", 5));
      InputException files = assertThrows(InputException.class, () -> s.query("SELECT * FROM read_csv('/etc/hostname')", 5));
      assertTrue(files.getMessage().contains("disabled"), files::getMessage);
      assertThrows(InputException.class, () -> s.query("SELECT no_such_column FROM events", 5));
    }
  }
}
