package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import harbinger.e2e.TestEngine;
import harbinger.model.Event;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code harbinger} command line driven in-process through {@link HarbingerCli#commandLine(Engine)}, with
 * the shared real engine, its output captured with {@code setOut}/{@code setErr}: exit codes, the JSON Lines
 * and TSV contracts, dates without a publication date, and the run summary for bad inputs. The texts are
 * written for this test.
 */
class CodeCommandIT {
  /** The JSON Lines contract of {@code harbinger.output.EventJson}, in order. */
  static final List<String> FIELDS = List.of("article_id", "event_id", "sentence", "evidence", "span", "trigger",
      "date", "date_precision", "source", "target", "cameo", "cameo_root", "plover", "plover_mode", "quad_class",
      "goldstein", "modality", "attributed_to", "quote", "quantities", "location", "confidence");
  static final String GOOD = "Leaders Meet in Moscow\n\n"
      + "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Wednesday.\n\n"
      + "The United States imposed new sanctions on Iran after the talks collapsed.\n";
  private static final Pattern SUMMARY =
      Pattern.compile("articles: (\\d+) read, (\\d+) coded \\((\\d+) with events, (\\d+) without\\), (\\d+) skipped");
  private static final Pattern SKIP_LINE = Pattern.compile("^  skipped (\\S+) \\[(\\w+)\\]: (.*)$", Pattern.MULTILINE);

  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {
    List<String> lines() { return out.lines().filter(l -> !l.isBlank()).toList(); }
    @Override public String toString() { return "exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err; }
  }

  static Run harbinger(String... args) {
    CommandLine cl = HarbingerCli.commandLine(TestEngine.get());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesOutputHasExactlyTheFieldsOfTheEventRecord() throws IOException {
    Path file = write("good.txt", GOOD);
    Run run = harbinger("code", "--published", "2021-12-30", file.toString());
    assertEquals(0, run.exit(), run::toString);
    assertFalse(run.lines().isEmpty(), () -> "no events for the test text\n" + run);
    for (String line : run.lines()) {
      JsonNode node = json.readTree(line);
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      assertEquals(FIELDS, names, () -> "fields of " + line);
      assertEquals("good", node.get("article_id").asText());
      assertTrue(node.get("event_id").asText().startsWith("good-"), line);
      assertEquals(node.get("cameo").asText().substring(0, 2), node.get("cameo_root").asText(), line);
    }
    // every component of the Event record is in the contract (cameo_root is derived from cameo)
    Set<String> components = new TreeSet<>();
    for (RecordComponent c : Event.class.getRecordComponents()) components.add(snakeCase(c.getName()));
    Set<String> contract = new TreeSet<>(FIELDS);
    contract.remove("cameo_root");
    assertEquals(contract, components, "Event record components vs JSON Lines fields");
  }

  private static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void tsvRowsHaveTheSixtyOneGdeltColumns() throws IOException {
    Path file = write("good.txt", GOOD);
    Run run = harbinger("code", "--format", "tsv", "--published", "2021-12-30", file.toString());
    assertEquals(0, run.exit(), run::toString);
    assertFalse(run.lines().isEmpty(), () -> "no events for the test text\n" + run);
    for (String row : run.lines()) assertEquals(61, row.split("\t", -1).length, () -> "columns of " + row);
  }

  @Test
  void withoutPublicationDateRelativeDatesStayUnresolved() throws IOException {
    Path file = write("undated.txt", GOOD);
    Run undated = harbinger("code", file.toString());
    assertEquals(0, undated.exit(), undated::toString);
    List<JsonNode> events = new ArrayList<>();
    for (String line : undated.lines()) events.add(json.readTree(line));
    JsonNode meeting = events.stream().filter(e -> e.get("evidence").asText().contains("on Wednesday")).findFirst()
        .orElseThrow(() -> new AssertionError("no event from the 'on Wednesday' sentence\n" + undated));
    // the contract (DateFinder, CoreNlp): with no publication date, relative dates are never resolved, against today or anything else
    String today = LocalDate.now().toString();
    for (JsonNode e : events) {
      assertTrue(e.get("date").isNull() && e.get("date_precision").isNull(), () -> "date without a publication date: " + e);
      assertNotEquals(today, e.get("date").asText(), e::toString);
    }
    // the same text with a publication date resolves "on Wednesday" to the Wednesday before it
    Run dated = harbinger("code", "--published", "2021-12-30", file.toString());
    String sentence = meeting.get("evidence").asText();
    List<String> dates = new ArrayList<>();
    for (String line : dated.lines()) {
      JsonNode e = json.readTree(line);
      if (e.get("evidence").asText().equals(sentence)) dates.add(e.get("date").asText());
    }
    assertTrue(dates.contains("2021-12-29"), () -> "dates of '" + sentence + "' with --published 2021-12-30: " + dates);
  }

  @Test
  void badInputsAreSkippedWithReasonsAndEveryArticleIsAccountedFor() throws IOException {
    Path dir = tmp.resolve("inputs");
    write("inputs/a-good.txt", GOOD);
    write("inputs/empty.txt", "");
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[0] = 0;
    Files.write(dir.resolve("binary.txt"), binary);
    write("inputs/mixed.jsonl", "{\"id\": \"j1\", \"published\": \"2022-03-03\", \"text\": \"Russian forces shelled Kharkiv on Thursday.\"}\n"
        + "{\"id\": \"j2\", \"text\": \"unterminated\n"
        + "{\"id\": \"j3\", \"published\": \"2023-01-18\", \"text\": \"Germany promised tanks to Ukraine.\"}\n");
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 5 * 1024 * 1024) huge.append("The council met again on Monday and discussed the budget for the coming year. ");
    write("inputs/huge.txt", huge.toString());
    Files.write(dir.resolve("latin1.txt"), ("Le Pen Visit\n\nFrench politician Marine Le Pen met Hungarian Prime Minister "
        + "Viktor Orb\u00e1n in Budapest, the caf\u00e9 owners said.\n").getBytes(StandardCharsets.ISO_8859_1));
    write("inputs/german.txt", "Die Regierung hat am Montag neue Ma\u00dfnahmen beschlossen, die nach Angaben des "
        + "Ministeriums noch vor Jahresende gelten sollen. Die Opposition kritisierte den Plan scharf und sprach von einem "
        + "schweren Fehler, der vor allem kleine Unternehmen treffen werde. Der Kanzler verteidigte die Entscheidung "
        + "gegen\u00fcber Journalisten vor dem Kanzleramt und k\u00fcndigte weitere Gespr\u00e4che mit den L\u00e4ndern "
        + "f\u00fcr n\u00e4chste Woche auf.\n");
    Files.write(dir.resolve("report.pdf"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

    Run run = harbinger("code", "--published", "2021-12-30", dir.toString());
    assertEquals(0, run.exit(), run::toString);
    Matcher m = SUMMARY.matcher(run.err());
    assertTrue(m.find(), () -> "no summary line\n" + run);
    int read = Integer.parseInt(m.group(1));
    int coded = Integer.parseInt(m.group(2));
    int skipped = Integer.parseInt(m.group(5));
    assertEquals(10, read, () -> "8 files holding 10 articles (3 in the .jsonl)\n" + run);
    assertEquals(read, coded + skipped, run::toString);
    assertEquals(Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)), coded, run::toString);

    Map<String, String> reasons = new TreeMap<>();
    Matcher s = SKIP_LINE.matcher(run.err());
    while (s.find()) {
      assertFalse(s.group(3).isBlank(), () -> "skip without a reason: " + s.group());
      reasons.put(s.group(1), s.group(2) + ": " + s.group(3));
    }
    assertEquals(skipped, reasons.size(), () -> "one line per skipped article\n" + run);
    assertEquals(Set.of("empty", "binary", "mixed.jsonl:2", "huge", "german", "report.pdf"), reasons.keySet(), run::toString);
    assertTrue(reasons.get("empty").contains("empty"), reasons::toString);
    assertTrue(reasons.get("binary").contains("binary"), reasons::toString);
    assertTrue(reasons.get("mixed.jsonl:2").contains("line 2") && reasons.get("mixed.jsonl:2").contains("JSON"), reasons::toString);
    assertTrue(reasons.get("huge").contains("exceeds"), reasons::toString);
    assertTrue(reasons.get("german").contains("not English"), reasons::toString);
    assertTrue(reasons.get("report.pdf").contains(".pdf"), reasons::toString);

    Set<String> eventArticles = new TreeSet<>();
    for (String line : run.lines()) eventArticles.add(json.readTree(line).get("article_id").asText());
    assertTrue(Set.of("a-good", "j1", "j3", "latin1").containsAll(eventArticles), () -> "events from " + eventArticles);
    assertTrue(eventArticles.contains("a-good"), () -> "events from " + eventArticles);
    List<String> latin1Evidence = new ArrayList<>();
    for (String line : run.lines()) {
      JsonNode e = json.readTree(line);
      if (e.get("article_id").asText().equals("latin1")) latin1Evidence.add(e.get("evidence").asText());
    }
    assertTrue(latin1Evidence.stream().anyMatch(t -> t.contains("Orb\u00e1n")), () -> "Latin-1 text decoded as " + latin1Evidence);
    assertTrue(latin1Evidence.stream().noneMatch(t -> t.contains("\ufffd")), () -> "replacement characters in " + latin1Evidence);
  }

  @Test
  void directoryOfOnlyUnreadableFilesExitsWithTwo() throws IOException {
    Path dir = tmp.resolve("unreadable");
    write("unreadable/empty.txt", "");
    Files.write(dir.resolve("zeros.txt"), new byte[512]);
    write("unreadable/scan.pdf", "%PDF-1.7\n");
    Run run = harbinger("code", dir.toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out(), run::toString);
    assertTrue(run.err().contains("articles: 3 read, 0 coded (0 with events, 0 without), 3 skipped"), run::toString);
  }

  @Test
  void missingPathExitsWithTwoAndNamesIt() {
    Path missing = tmp.resolve("no-such-dir/story.txt");
    Run run = harbinger("code", missing.toString());
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out(), run::toString);
    assertTrue(run.err().contains("no such file or directory") && run.err().contains(missing.toString()), run::toString);
  }

  @Test
  void benchPrintsThroughputAndPeakHeap() throws IOException {
    Path corpus = write("bench.jsonl",
        "{\"id\": \"b1\", \"published\": \"2021-12-30\", \"text\": \"Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Wednesday.\"}\n"
        + "{\"id\": \"b2\", \"published\": \"2022-03-03\", \"text\": \"Russian forces shelled Kharkiv on Thursday. Ukraine condemned the attack.\"}\n");
    Run run = harbinger("bench", "--rounds", "1", "--threads", "1", corpus.toString());
    assertEquals(0, run.exit(), run::toString);
    List<String> lines = run.out().lines().toList();
    int header = -1;
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains("articles/s")) header = i;
    assertTrue(header >= 0 && lines.get(header).contains("sentences/s"), run::toString);
    List<String> columns = Arrays.asList(lines.get(header).trim().split("\\s+"));
    List<String> values = Arrays.asList(lines.get(header + 1).trim().split("\\s+"));
    assertEquals(columns.size(), values.size(), run::toString);
    assertEquals("1", values.get(columns.indexOf("threads")), run::toString);
    assertEquals("2", values.get(columns.indexOf("articles")), run::toString);
    Double.parseDouble(values.get(columns.indexOf("articles/s")));
    Double.parseDouble(values.get(columns.indexOf("sentences/s")));
    assertTrue(Pattern.compile("(?m)^peak heap: \\d+ MiB").matcher(run.out()).find(), run::toString);
  }
}
