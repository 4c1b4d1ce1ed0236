package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.AnnotatedDoc;
import harbinger.model.Quote;
import harbinger.model.Timex;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers the parser detached from their verb, speaker words that run on to a name or an author, cue verbs with
 * particles, and dates resolved by the tense of a reported clause: on the stage fixture reported-2016 (sentences
 * written for this test, published on a Wednesday, annotated by real CoreNLP through AdapterGoldenIT).
 */
class DetachedSpeakersTest {
  private static AnnotatedDoc doc;
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    doc = Fixtures.doc("reported-2016");
    quotes = QuoteExtractor.createDefault().extract(doc);
  }

  /** The speaker's words of the quote whose content starts with {@code words} (after a "that"). */
  private static String speakerOf(String words) {
    Quote q = quotes.stream().filter(x -> x.text().replaceFirst("^that ", "").startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + words + "' in " + quotes));
    return String.valueOf(q.speakerText());
  }

  private static String dateValue(String text) {
    return doc.sentences().stream().flatMap(s -> s.timexes().stream()).filter(t -> t.text().equals(text)).map(Timex::value)
        .findFirst().orElseThrow(() -> new AssertionError("no timex '" + text + "'"));
  }

  @Test
  void speakerOfALooseSaidIsThePhraseOpeningItsConjunctNotTheFirstClausesSubject() {
    assertTrue(speakerOf("the count should be reviewed").contains("members"), speakerOf("the count should be reviewed"));
  }

  @Test
  void pollsNamedAsSubjectOfAParticipleAreTheSourceOfWhatTheyShowed() {
    assertTrue(speakerOf("the senator").contains("surveys"), speakerOf("the senator"));
  }

  @Test
  void aFindingVerbHungOnAParticipleKeepsThePollAsSource() {
    assertTrue(speakerOf("the governor trailing").contains("poll"), speakerOf("the governor trailing"));
  }

  @Test
  void aSaidSwallowedIntoTheSubjectsRelativeClauseStillReportsThePredicate() {
    assertTrue(speakerOf("the budget would leave a gap").startsWith("Harmon"), speakerOf("the budget would leave a gap"));
  }

  @Test
  void aRoleNounsSpeakerWordsRunToTheNameItIntroduces() {
    assertTrue(speakerOf("the bridge would be open").endsWith("Dana Whitley"), speakerOf("the bridge would be open"));
  }

  @Test
  void aSourceOfInformationsSpeakerWordsRunToItsAuthor() {
    assertTrue(speakerOf("Turnout rose").endsWith("state elections board"), speakerOf("Turnout rose"));
  }

  @Test
  void rulingsAnswersAndParticleVerbsReportTheirClauses() {
    assertTrue(speakerOf("the ballots must be counted").contains("judge"));
    assertTrue(speakerOf("the fund had never lost money").contains("treasurer"));
    assertEquals("Okafor", speakerOf("the audit had cleared"));
    assertTrue(speakerOf("We are still waiting").contains("minister"));
  }

  @Test
  void aCueNounIsTheSourceOfTheClauseItIsSaidToBe() {
    assertTrue(quotes.stream().anyMatch(q -> q.text().contains("the stadium deal needed a public vote")
        && String.valueOf(q.speakerText()).contains("mayor")), quotes::toString);
  }

  @Test
  void theWeekendOfAPastClauseWrittenMidweekIsTheWeekendBefore() {
    assertEquals("2016-W18-WE", dateValue("the weekend"));
  }

  @Test
  void aWeekdayInAReportedWouldClauseIsAhead() {
    assertEquals("2016-05-16TMO", dateValue("Monday morning"));
  }

  @Test
  void aMonthInsideASincePhraseIsPast() {
    assertEquals("2015-11", dateValue("November"));
  }
}
