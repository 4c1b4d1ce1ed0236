package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harbinger ingest} with the real pipeline (CoreNLP) on the bundled corpus's syndicated story: three outlets,
 * one story. Its strike must come out as one event with three sources, and a second ingest must add nothing.
 */
class IngestCommandIT {
  @TempDir Path dir;

  static Path repo() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("samples/sample-corpus.jsonl"))) return d;
    }
    throw new IllegalStateException("samples/sample-corpus.jsonl not found");
  }

  @Test void theSameStoryFromThreeOutletsIsOneEventWithThreeSources() throws Exception {
    List<String> lines = Files.readAllLines(repo().resolve("samples/sample-corpus.jsonl")).stream()
        .filter(l -> l.contains("\"id\":\"s07") || l.contains("\"id\": \"s07")).toList();
    assertEquals(3, lines.size());
    Path input = dir.resolve("syndicated.jsonl");
    Files.write(input, lines);
    Path db = dir.resolve("ingest.duckdb");
    Engine engine = new Engine();

    Cli.Run first = Cli.run(engine, "ingest", "--db", db.toString(), "--threads", "1", input.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("1 added, 2 near-duplicates linked, 0 already stored"), first.err());

    Cli.Run gdelt = Cli.run(engine, "export", "--db", db.toString(), "--format", "gdelt", "--cameo", "19");
    assertEquals(0, gdelt.exit(), gdelt.err());
    boolean threeSources = gdelt.out().lines().skip(1).map(l -> l.split("\t", -1))
        .anyMatch(f -> f[32].equals("3") && f[33].equals("3"));
    assertTrue(threeSources, () -> "no CAMEO 19 event with NumSources = NumArticles = 3:\n" + gdelt.out());

    Cli.Run again = Cli.run(engine, "ingest", "--db", db.toString(), input.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("0 added, 0 near-duplicates linked, 3 already stored; 0 mentions, 0 new events"), again.err());
  }
}
