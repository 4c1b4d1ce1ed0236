package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every saved input that once broke the reader (see the README beside them) against the full contract. */
class RegressionFixturesTest {
  static List<Path> fixtures() throws IOException, URISyntaxException {
    URL dir = RegressionFixturesTest.class.getResource("/ingest/regressions");
    if (dir == null) throw new IllegalStateException("test resources /ingest/regressions missing");
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureKeepsTheReaderContract(Path fixture) throws IOException {
    byte[] input;
    try (InputStream in = Files.newInputStream(fixture)) {
      input = in.readAllBytes();
    }
    assertFalse(input.length == 0 && !fixture.toString().contains("empty"), "fixture unexpectedly empty");
    for (long limit : new long[] {1, 7, 64, 100, 200, Math.max(1, input.length - 1), input.length + 1L,
        ReadOptions.DEFAULT_MAX_BYTES}) {
      ReadOptions options = ReadOptions.defaults().withMaxBytes(limit);
      for (String name : List.of("in.txt", "in.jsonl", "-")) RandomInputTest.check(name, input, options);
    }
  }
}
