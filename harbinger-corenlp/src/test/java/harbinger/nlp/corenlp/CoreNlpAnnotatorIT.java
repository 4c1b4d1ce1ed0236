package harbinger.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import harbinger.nlp.NlpAnnotator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CoreNLP adapter on short texts written for this test. The annotator admits two concurrent calls, and
 * one test drives it from four threads.
 */
class CoreNlpAnnotatorIT {
  private static final LocalDate THURSDAY = LocalDate.of(2021, 12, 30);
  private static @Nullable NlpAnnotator nlp;

  @BeforeAll
  static void loadModels() {
    long t0 = System.nanoTime();
    nlp = CoreNlp.create(new NlpConfig(2, NlpConfig.DEFAULT_MAX_SENTENCE_TOKENS));
    System.out.printf("CoreNLP models loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @AfterAll
  static void release() { nlp = null; }

  private static AnnotatedDoc annotate(String text, @Nullable LocalDate published) {
    assertNotNull(nlp, "models not loaded");
    return nlp.annotate(Article.of("it", text).withPublished(published));
  }

  private static List<Token> allTokens(AnnotatedDoc doc) {
    List<Token> out = new ArrayList<>();
    doc.sentences().forEach(s -> out.addAll(s.tokens()));
    return out;
  }

  private static Token token(AnnotatedDoc doc, String word) {
    return allTokens(doc).stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no token " + word + " in " + allTokens(doc)));
  }

  @Test
  void tokenAndSentenceOffsetsPointIntoTheArticleText() {
    String text = "Strike Ends\n\n\"We won't back down,\" said Ana Lúcia (a union leader) — at the U.S.-Mexico border.\n"
        + "Workers' pay rose 4.5% to $1,200 [per month]; see https://example.org/a?b=c for 'details'...\n\n"
        + "  Talks ended\tat 5 p.m. on Jan. 3rd.";
    AnnotatedDoc doc = annotate(text, THURSDAY);
    assertFalse(doc.sentences().isEmpty());
    int previousEnd = 0;
    for (int si = 0; si < doc.sentences().size(); si++) {
      Sentence s = doc.sentences().get(si);
      assertEquals(si, s.index());
      assertEquals(text.substring(s.begin(), s.end()), s.text());
      assertTrue(s.begin() >= previousEnd, "sentences overlap at " + s);
      previousEnd = s.end();
      for (int ti = 0; ti < s.tokens().size(); ti++) {
        Token t = s.token(ti);
        assertEquals(ti, t.index());
        assertEquals(text.substring(t.begin(), t.end()), t.word(), () -> "offsets of " + t);
        assertTrue(t.begin() >= s.begin() && t.end() <= s.end(), () -> t + " outside " + s.text());
      }
    }
    assertEquals("\"", token(doc, "\"").word());
    assertEquals("(", token(doc, "(").word());
  }

  @Test
  void headlineWithoutFinalPunctuationIsSentenceZeroInParagraphZero() {
    AnnotatedDoc doc = annotate("Ministers Agree on River Deal\n\nThe ministers of Ghana and Togo met in Accra.", THURSDAY);
    assertEquals(2, doc.sentences().size());
    Sentence headline = doc.sentences().get(0);
    assertEquals("Ministers Agree on River Deal", headline.text());
    assertEquals(0, headline.index());
    assertEquals(0, headline.paragraph());
    assertEquals(1, doc.sentences().get(1).paragraph());
  }

  @Test
  void paragraphsAreCountedByBlankLines() {
    String text = "Floods Close Schools\n\nHeavy rain fell overnight. Rivers rose quickly.\nRoads were shut.\n\n\n"
        + "  \nThe army sent boats.\r\n\r\nResidents were told to wait.";
    AnnotatedDoc doc = annotate(text, THURSDAY);
    List<Integer> paragraphs = doc.sentences().stream().map(Sentence::paragraph).toList();
    assertEquals(List.of(0, 1, 1, 1, 2, 3), paragraphs, () -> doc.sentences().stream().map(Sentence::text).toList().toString());
  }

  @Test
  void sentencesNeverCrossABlankLine() {
    String text = "Talks end without a deal\n\nBoth sides blamed each other\n\nA new round is planned";
    AnnotatedDoc doc = annotate(text, THURSDAY);
    assertEquals(List.of("Talks end without a deal", "Both sides blamed each other", "A new round is planned"),
        doc.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void resolvesWednesdayAgainstThePublicationDate() {
    AnnotatedDoc doc = annotate("The two presidents spoke by phone on Wednesday.", THURSDAY);
    Timex wednesday = doc.sentences().get(0).timexes().stream().filter(t -> t.text().equals("Wednesday"))
        .findFirst().orElseThrow(() -> new AssertionError(doc.sentences().get(0).timexes().toString()));
    assertEquals("DATE", wednesday.type());
    assertEquals("2021-12-29", wednesday.value());
    assertEquals("Wednesday", doc.sentences().get(0).token(wednesday.beginToken()).word());
    assertEquals("2021-12-29", token(doc, "Wednesday").normalized());
  }

  @Test
  void leavesRelativeDatesUnresolvedWithoutAPublicationDate() {
    AnnotatedDoc doc = annotate("The two presidents spoke by phone on Wednesday. They will talk again tomorrow, "
        + "and aides met yesterday and today. The talks continue next week.", null);
    Pattern resolved = Pattern.compile("\\d{4}.*");
    String thisYear = Integer.toString(LocalDate.now().getYear());
    List<Timex> timexes = doc.sentences().stream().flatMap(s -> s.timexes().stream()).toList();
    assertTrue(timexes.size() >= 4, timexes::toString);
    for (Timex t : timexes) {
      assertTrue(t.value() == null || !resolved.matcher(t.value()).matches(), () -> "resolved without a date: " + t);
    }
    for (Token t : allTokens(doc)) {
      String n = t.normalized();
      assertTrue(n == null || (!resolved.matcher(n).matches() && !n.contains(thisYear) && !n.contains("2021")),
          () -> "resolved without a date: " + t);
    }
    Timex wednesday = timexes.stream().filter(t -> t.text().equals("Wednesday")).findFirst().orElseThrow();
    assertTrue(wednesday.value() == null || wednesday.value().startsWith("XXXX"), wednesday::toString);
  }

  @Test
  void everyParsedSentenceIsATreeWithOneRoot() {
    AnnotatedDoc doc = annotate("Peace Talks Stall\n\nThe envoy, who arrived late, was received by the king. "
        + "Rebels fired on the convoy and then withdrew to the hills. Why did the talks fail?", THURSDAY);
    assertEquals(4, doc.sentences().size());
    for (Sentence s : doc.sentences()) assertIsTree(s);
  }

  private static void assertIsTree(Sentence s) {
    List<Dependency> roots = s.dependencies().stream().filter(d -> d.governor() == -1).toList();
    assertEquals(1, roots.size(), () -> "roots of " + s.text() + ": " + s.dependencies());
    assertEquals("root", roots.get(0).relation());
    int[] heads = new int[s.tokens().size()];
    java.util.Arrays.fill(heads, -2);
    for (Dependency d : s.dependencies()) {
      assertEquals(-2, heads[d.dependent()], () -> "token " + d.dependent() + " has two heads in " + s.text());
      heads[d.dependent()] = d.governor();
    }
    for (int i = 0; i < heads.length; i++) {
      int node = i;
      for (int steps = 0; node != -1; steps++) {
        assertTrue(steps <= heads.length && node >= 0 && heads[node] != -2, "not a tree at token " + i + " of " + s.text());
        node = heads[node];
      }
    }
  }

  @Test
  void dependencyRelationsKeepTheirUniversalDependenciesSubtypes() {
    AnnotatedDoc doc = annotate("The ambassador was expelled by the government. The minister's aides called off "
        + "the strike that had closed the port.", THURSDAY);
    List<String> relations = doc.sentences().stream().flatMap(s -> s.dependencies().stream())
        .map(Dependency::relation).toList();
    for (String r : List.of("nsubj:pass", "aux:pass", "nmod:poss", "compound:prt", "acl:relcl")) {
      assertTrue(relations.contains(r), () -> r + " missing from " + relations);
    }
  }

  @Test
  void tagsCountriesPeopleTitlesAndNumbers() {
    AnnotatedDoc doc = annotate("President Maria Lopez of Chile promised 300 soldiers and $5 million in aid "
        + "to Kenyan officials.", THURSDAY);
    assertEquals("COUNTRY", token(doc, "Chile").ner());
    assertEquals("PERSON", token(doc, "Lopez").ner());
    assertEquals("TITLE", token(doc, "President").ner());
    assertEquals("NATIONALITY", token(doc, "Kenyan").ner());
    assertEquals("NUMBER", token(doc, "300").ner());
    assertNotNull(token(doc, "300").normalized());
    assertEquals("MONEY", token(doc, "5").ner());
    assertTrue(token(doc, "5").normalized().contains("5000000"), token(doc, "5")::toString);
    assertEquals("O", token(doc, "promised").ner());
    assertEquals("promise", token(doc, "promised").lemma());
    assertEquals("VBD", token(doc, "promised").pos());
  }

  @Test
  void aRunOnSentenceOf5000TokensGetsTokensButNoParseAndStaysFast() {
    StringBuilder runOn = new StringBuilder();
    String[] pieces = {"the crowd from Nigeria marched on Monday", "and police in Lagos watched 300 people",
        "while the minister said nothing"};
    int words = 0;
    for (int i = 0; words < 5000; i++) {
      String piece = pieces[i % pieces.length];
      runOn.append(piece).append(' ');
      words += piece.split(" ").length;
    }
    String text = "Crowds Gather\n\n" + runOn.toString().strip() + "\n\nPolice watched the crowd.";
    long t0 = System.nanoTime();
    AnnotatedDoc doc = annotate(text, THURSDAY);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("run-on sentence of %d tokens annotated in %d ms%n", words, ms);
    assertEquals(3, doc.sentences().size());
    Sentence longOne = doc.sentences().get(1);
    assertTrue(longOne.tokens().size() >= 5000, "tokens: " + longOne.tokens().size());
    assertTrue(longOne.dependencies().isEmpty());
    assertTrue(longOne.timexes().isEmpty());
    assertTrue(longOne.tokens().stream().allMatch(t -> t.ner().equals("O") && t.normalized() == null));
    assertTrue(longOne.tokens().stream().noneMatch(t -> t.pos().equals("X")), "pos tags kept");
    assertIsTree(doc.sentences().get(2));
    assertTrue(ms < 90_000, "took " + ms + " ms");
  }

  @Test
  void emptyAndBlankTextsGiveNoSentences() {
    assertTrue(annotate("", THURSDAY).sentences().isEmpty());
    assertTrue(annotate("  \n\n\t \n", THURSDAY).sentences().isEmpty());
  }

  @Test
  void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
    List<String> texts = List.of("Farmers blocked the highway near Lyon on Tuesday.",
        "The court in Nairobi fined the company $2 million.\n\nIts lawyers said they would appeal.",
        "Border Reopens\n\nTrucks crossed from Poland into Ukraine after a week of delays.",
        "The mayor thanked the firefighters. Nobody was hurt.");
    List<AnnotatedDoc> sequential = texts.stream().map(t -> annotate(t, THURSDAY)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedDoc>> futures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (String t : texts) futures.add(pool.submit(() -> annotate(t, THURSDAY)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLowerCaseMonthNameIsNoDate() {
    AnnotatedDoc doc = annotate("Police dispersed the march on Sunday. Talks may resume in May.", THURSDAY);
    List<Timex> timexes = doc.sentences().stream().flatMap(s -> s.timexes().stream()).toList();
    assertEquals(List.of("Sunday", "May"), timexes.stream().map(Timex::text).toList());
    Token march = doc.sentences().get(0).tokens().get(3);
    assertEquals("march", march.word());
    assertEquals("O", march.ner());
  }

  @Test
  void annotatesTenSentencesOfProse() {
    String text = "Leaders Discuss Border\n\n"
        + "The president of Peru called the prime minister of Bolivia on Monday. The two leaders discussed "
        + "smuggling along their shared border. Officials said the call lasted forty minutes.\n\n"
        + "Peru will send 200 customs officers to the region next month. Bolivia promised to share intelligence "
        + "with Lima. Opposition lawmakers criticised the plan as too small.\n\n"
        + "Trade between the neighbours fell by 12 percent last year. Farmers on both sides have protested "
        + "several times. A summit is planned for March.";
    annotate(text, THURSDAY);   // warm-up
    long t0 = System.nanoTime();
    AnnotatedDoc doc = annotate(text, THURSDAY);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(10, doc.sentences().size(), () -> doc.sentences().stream().map(Sentence::text).toList().toString());
    System.out.printf("10 sentences (%d tokens) annotated in %d ms: %.1f ms per sentence%n",
        allTokens(doc).size(), ms, ms / 10.0);
    for (Sentence s : doc.sentences()) assertIsTree(s);
  }

  @Test
  void annotationDependsOnlyOnTheArticleNotOnDocumentsAnnotatedBefore() {
    String text = "Troops detained the driver, who shelled a village near the river on Sunday.\n\n"
        + "The market opens on Sunday, and the festival is in July.";
    AnnotatedDoc first = annotate(text, THURSDAY);
    annotate("The truce took effect on Sunday, and the envoys arrived in July.", LocalDate.of(2020, 3, 4));
    AnnotatedDoc afterPast = annotate(text, THURSDAY);
    annotate("The truce will take effect on Sunday, and the envoys will arrive in July.", THURSDAY);
    AnnotatedDoc afterFuture = annotate(text, THURSDAY);
    assertEquals(first, afterPast);
    assertEquals(first, afterFuture);
    Timex sunday = first.sentences().get(0).timexes().get(0);
    assertEquals("Sunday", sunday.text());
    assertEquals("2021-12-26", sunday.value(), "past narration of a bare weekday means the past one");
  }

  @Test
  void aSubheadingLineIsASentenceButHardWrappedProseStaysOne() {
    String text = "Moscow warned the West on Monday.\nSANCTIONS PACKAGE\nThe European Union approved new sanctions on"
        + " Tuesday.\n\nThe foreign ministers of the member states agreed on the package after a long\n"
        + "meeting in Brussels, and the Commission said it would enter into force at once.";
    AnnotatedDoc doc = annotate(text, THURSDAY);
    List<String> sentences = doc.sentences().stream().map(Sentence::text).toList();
    assertEquals(List.of("Moscow warned the West on Monday.", "SANCTIONS PACKAGE",
        "The European Union approved new sanctions on Tuesday.",
        "The foreign ministers of the member states agreed on the package after a long\n"
            + "meeting in Brussels, and the Commission said it would enter into force at once."), sentences);
    for (Sentence s : doc.sentences()) {
      assertEquals(text.substring(s.begin(), s.end()), s.text());
      for (Token t : s.tokens()) assertEquals(text.substring(t.begin(), t.end()), t.word());
      assertFalse(s.dependencies().isEmpty(), () -> "not parsed: " + s.text());
    }
    Sentence eu = doc.sentences().get(2);
    assertEquals(0, eu.tokens().get(0).index());
    assertEquals("ORGANIZATION", eu.tokens().get(2).ner());
    assertEquals("2021-12-28", eu.timexes().get(0).value());
  }
}
