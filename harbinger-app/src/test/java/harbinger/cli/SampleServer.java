package harbinger.cli;

import harbinger.e2e.TestEngine;
import harbinger.e2e.TestPaths;
import harbinger.server.http.HarbingerServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * One {@code harbinger serve --port 0 --db FILE --load samples/sample-corpus.jsonl} per test JVM (the sample corpus
 * coded by the real pipeline into a new DuckDB store file, then served from it), started through the real
 * command line with the shared {@link TestEngine} (real CoreNLP), for the server and dashboard tests of this module.
 */
final class SampleServer {
  private static @Nullable SampleServer instance;
  final HarbingerServer server;
  final String output;
  final String token;
  final Path db;

  private SampleServer(HarbingerServer server, String output, String token, Path db) {
    this.server = server;
    this.output = output;
    this.token = token;
    this.db = db;
  }

  static synchronized SampleServer get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory("harbinger-serve");
        Path db = dir.resolve("store.duckdb");
        StringWriter out = new StringWriter();
        ServeCommand cmd = command(out, "--port", "0", "--db", db.toString(), "--load",
            TestPaths.repoRoot().resolve("samples/sample-corpus.jsonl").toString());
        ServeCommand.Served served = cmd.start();
        String token = Files.readString(Path.of(db + ".token")).strip();
        instance = new SampleServer(served.server(), out.toString(), token, db);
        Runtime.getRuntime().addShutdownHook(new Thread(served::close));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** A parsed {@code serve} command with the shared engine, printing to {@code out}, without the environment's token. */
  static ServeCommand command(StringWriter out, String... args) {
    ServeCommand cmd = new ServeCommand(TestEngine.get(), Map.of());
    CommandLine cl = new CommandLine(cmd);
    cl.setOut(new PrintWriter(out, true));
    cl.parseArgs(args);
    return cmd;
  }
}
