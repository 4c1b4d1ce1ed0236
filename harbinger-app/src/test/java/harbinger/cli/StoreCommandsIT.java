package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.store.EventStore;
import harbinger.store.SyntheticEvents;
import harbinger.store.duckdb.Children;
import harbinger.store.duckdb.DuckDbStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read commands on a store filled with synthetic events (no CoreNLP), through the real command line. */
class StoreCommandsIT {
  @TempDir Path dir;
  Path db;

  @BeforeEach void fill() {
    db = dir.resolve("cli.duckdb");
    try (EventStore s = DuckDbStores.open(db, DuckDbStores.Mode.WRITE, Duration.ZERO)) {
      s.add(new SyntheticEvents().articles(3, 0, 400, 400, 120, 4, LocalDate.of(2024, 1, 1)));
    }
  }

  Cli.Run run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = db.toString();
    return Cli.run(Cli.noNlp(), all);
  }

  @Test void statsEventsDyadAndAlertsRead() {
    Cli.Run stats = run("stats");
    assertEquals(0, stats.exit(), stats.err());
    assertTrue(stats.out().contains("articles: 400 stored, 400 coded"), stats.out());
    assertTrue(stats.out().contains("from 1600 mentions"), stats.out());
    Cli.Run events = run("events", "--country", "USA", "--quad", "4", "--limit", "5");
    assertEquals(0, events.exit(), events.err());
    List<String> lines = events.out().lines().toList();
    assertTrue(lines.size() > 1 && lines.size() <= 6, events.out());
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("USA")), events.out());
    Cli.Run dyad = run("dyad", "USA,RUS", "--weekly", "--csv");
    assertEquals(0, dyad.exit(), dyad.err());
    assertTrue(dyad.out().startsWith("period,verbal_coop"), dyad.out());
    assertEquals(0, run("alerts").exit());
  }

  @Test void exportWritesEveryFormat() throws Exception {
    Cli.Run gdelt = run("export", "--format", "gdelt", "--plover", "ASSAULT");
    assertEquals(0, gdelt.exit(), gdelt.err());
    assertTrue(gdelt.out().lines().skip(1).allMatch(l -> l.split("\t", -1).length == 61));
    for (String f : List.of("jsonl", "csv", "plover")) {
      Path out = dir.resolve("e." + f);
      Cli.Run r = run("export", "--format", f, "--out", out.toString(), "--limit", "50");
      assertEquals(0, r.exit(), r.err());
      assertEquals(f.equals("csv") ? 51 : 50, Files.readAllLines(out).size(), f);
    }
    Cli.Run noOut = run("export", "--format", "parquet");
    assertEquals(78, noOut.exit());
    Path parquet = dir.resolve("e.parquet");
    assertEquals(0, run("export", "--format", "parquet", "--out", parquet.toString()).exit());
    assertTrue(Files.size(parquet) > 0);
  }

  @Test void queryRunsSelectsAndRefusesWrites() {
    Cli.Run ok = run("query", "SELECT count(*) AS n FROM events WHERE num_sources >= 1");
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(ok.out().startsWith("n\n"), ok.out());
    Cli.Run bad = run("query", "DELETE FROM events");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("only SELECT or WITH"), bad.err());
  }

  @Test void aBusyStoreGivesAClearMessageAndExitCode75() throws Exception {
    Process holder = Children.start("hold", db.toString());
    try {
      Children.awaitLine(holder, "holding");
      Cli.Run r = run("stats", "--wait", "0");
      assertEquals(75, r.exit(), r.err());
      assertTrue(r.err().contains("is being written by another process (pid " + holder.pid() + "); try again or use --db a copy"), r.err());
    } finally {
      Children.kill(holder);
    }
  }

  @Test void aMissingStoreIsNamed() {
    Cli.Run r = Cli.run(Cli.noNlp(), "stats", "--db", dir.resolve("none.duckdb").toString());
    assertEquals(74, r.exit());
    assertTrue(r.err().contains("no store at"), r.err());
  }
}
