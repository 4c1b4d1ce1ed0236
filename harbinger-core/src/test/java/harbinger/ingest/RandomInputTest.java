package harbinger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import harbinger.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever bytes a file or stream holds, reading it never throws, yields at least one item (exactly
 * one for plain text), and every article read has a non-blank id, {@code \n} line endings, a UTF-8 size
 * within the limit and an id not seen before in the run. The seed is printed; rerun a failure with
 * {@code -Dingest.seed=<seed>}; run longer with {@code -Dingest.tries=N}. A crashing input is saved under {@code target/ingest-crashes/}; copy it to
 * {@code src/test/resources/ingest/regressions/} so {@link RegressionFixturesTest} keeps it fixed.
 */
class RandomInputTest {
  private static final int TRIES = Integer.getInteger("ingest.tries", 400);
  private static final String GOOD = "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body \\u00e9 \\ud83d\\ude00.\",\"published\":\"2021-12-30T10:00:00Z\",\"url\":\"u\",\"outlet\":\"o\"}";

  @TempDir Path dir;

  @Test
  void randomBytesNeverMakeTheReaderThrow() throws IOException {
    long seed = Long.getLong("ingest.seed", System.nanoTime());
    System.out.println("RandomInputTest seed: " + seed + " (rerun with -Dingest.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int i = 0; i < TRIES; i++) {
      byte[] input = generate(random);
      ReadOptions options = random.nextInt(4) == 0
          ? ReadOptions.defaults().withMaxBytes(1 + random.nextInt(2000)) : ReadOptions.defaults();
      for (String name : List.of("in.txt", "in.jsonl", "-")) {
        try {
          check(name, input, options);
        } catch (RuntimeException | AssertionError e) {
          Path saved = save(seed, i, name, input);
          throw new AssertionError("seed " + seed + ", try " + i + ", as " + name + ": " + e + "; input saved to " + saved, e);
        }
      }
    }
  }

  /** Reads {@code input} as a file named {@code name} (or as standard input for "-") and checks the contract. */
  static void check(String name, byte[] input, ReadOptions options) throws IOException {
    List<ReadItem> items;
    if (name.equals("-")) {
      try (Stream<ReadItem> s = ArticleSources.open("-", new ByteArrayInputStream(input), options)) {
        items = s.toList();
      }
    } else {
      Path tmp = Files.createTempDirectory("random-input");
      try {
        Path file = Files.write(tmp.resolve(name), input);
        try (Stream<ReadItem> s = ArticleSources.open(file, options)) {
          items = s.toList();
        }
      } finally {
        try (Stream<Path> files = Files.list(tmp)) {
          for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(tmp);
      }
    }
    assertFalse(items.isEmpty(), "no item at all");
    if (name.endsWith(".txt")) assertEquals(1, items.size(), "plain text gives exactly one item");
    Set<String> ids = new HashSet<>();
    for (ReadItem item : items) {
      assertFalse(item.id().isBlank(), "blank id");
      if (item instanceof ReadItem.Read r) {
        Article a = r.article();
        assertTrue(ids.add(a.id()), "id returned twice: " + a.id());
        assertFalse(a.text().contains("\r"), "text still has \\r");
        assertFalse(TextDecoder.isBlank(a.text()), "blank article text");
        assertTrue(a.text().getBytes(StandardCharsets.UTF_8).length <= options.maxBytes(),
            "article larger than the limit of " + options.maxBytes() + " bytes");
      } else {
        assertFalse(((ReadItem.Unreadable) item).reason().isBlank(), "blank reason");
      }
    }
  }

  private static byte[] generate(Random r) {
    int kind = r.nextInt(6);
    switch (kind) {
      case 0: { // uniformly random bytes
        byte[] b = new byte[r.nextInt(3000)];
        r.nextBytes(b);
        return b;
      }
      case 1: { // printable ASCII with line breaks and braces
        String alphabet = "abc {}[]\":,\\\n\r\t 0123456789";
        StringBuilder s = new StringBuilder();
        for (int n = r.nextInt(2000); n > 0; n--) s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return s.toString().getBytes(StandardCharsets.US_ASCII);
      }
      case 2: { // good JSON Lines with random byte edits
        byte[] b = (GOOD + "\n" + GOOD.replace("\"a\"", "\"b\"") + "\n").getBytes(StandardCharsets.UTF_8);
        for (int n = 1 + r.nextInt(5); n > 0; n--) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        return b;
      }
      case 3: { // good JSON Lines cut short
        byte[] b = (GOOD + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
      }
      case 4: { // records with random values of every JSON type in each field
        String[] values = {"null", "1", "-0.5e3", "true", "[]", "{}", "\"\"", "\"  \"", "\"x\"", "\"\\ud800\"",
            "\"2021-02-30\"", "\"\\u0000\"", "\"\\r\\n\"", "[[[[[[[[[[]]]]]]]]]]"};
        StringBuilder s = new StringBuilder();
        for (int line = r.nextInt(5); line >= 0; line--) {
          s.append('{');
          String sep = "";
          for (String field : List.of("id", "text", "title", "published", "url", "outlet")) {
            if (r.nextBoolean()) {
              s.append(sep).append('"').append(field).append("\":").append(values[r.nextInt(values.length)]);
              sep = ",";
            }
          }
          s.append("}\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
      }
      default: { // text in a random legacy or Unicode encoding, with a few random bytes
        String text = "Le président « Zelenskiy » a dit: 50 000 soldats – \u00FCber alles.\n\nSecond paragraph.";
        String[] charsets = {"UTF-8", "windows-1252", "ISO-8859-1", "UTF-16", "UTF-16LE", "UTF-32"};
        byte[] b = text.getBytes(java.nio.charset.Charset.forName(charsets[r.nextInt(charsets.length)]));
        if (r.nextBoolean() && b.length > 0) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        return b;
      }
    }
  }

  private static Path save(long seed, int attempt, String name, byte[] input) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "ingest-crashes"));
      String ext = name.equals("-") ? "stdin" : name.substring(name.indexOf('.') + 1);
      return Files.write(dir.resolve("seed" + seed + "-try" + attempt + "." + ext + ".bin"), input);
    } catch (IOException e) {
      fail("cannot save crashing input: " + e);
      return Path.of("");
    }
  }

  @Test
  void deeplyNestedJsonIsMalformedNotAStackOverflow() throws IOException {
    String deep = "{\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n";
    Path file = Files.writeString(dir.resolve("deep.jsonl"), deep);
    List<ReadItem> items = Items.read(file);
    assertEquals(1, items.size());
    assertTrue(Items.unreadable(items.get(0)).reason().startsWith("line 1: malformed JSON: "), items::toString);
  }
}
