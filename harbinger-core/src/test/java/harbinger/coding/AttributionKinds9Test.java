package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.model.Quote;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attribution kinds of session 9 (stage fixture {@code attribution-kinds-9}, one example per paragraph, written for
 * this test): a person named by whom he works for, a reporting participle the parser made a clause marker, a cue
 * left loose in the clause it reports, "was quoted by X as saying", a cue noun made the subject of its infinitive,
 * what a voiced feeling is about, a relative clause without pronoun, a collection of documents as source, an
 * apposition that is no parenthetical cue, a name in apposition as the source, and "the court's conclusion that".
 */
class AttributionKinds9Test {
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() {
    quotes = QuoteExtractor.createDefault().extract(Fixtures.doc("attribution-kinds-9"));
  }

  private static Quote containing(String words) {
    return Fixtures.quoteContaining(quotes, words);
  }

  @Test
  void aPersonNamedByWhomHeWorksForIsHimselfAndSoIsTheNextHe() {
    Quote said = containing("the audit was incomplete");
    assertTrue(said.speakerText().endsWith("Helge Braun"), said::speakerText);
    assertNotNull(said.speaker(), "the chancellor's man speaks under her code");
    assertEquals("Helge Braun", said.speaker().name());
    assertTrue(said.speaker().code().startsWith("DEU"), () -> said.speaker().code());
    Quote urged = containing("to wait for the final report");
    assertEquals("He", urged.speakerText());
    assertNotNull(urged.speaker());
    assertEquals("Helge Braun", urged.speaker().name());
  }

  @Test
  void aReportingParticipleMadeAClauseMarkerTakesTheSubjectOfTheFirstConjunct() {
    assertEquals("The governor", containing("the state could not afford new programs").speakerText());
    assertEquals("The governor", containing("to freeze hiring").speakerText());
  }

  @Test
  void aPollWhoseCueHangsLooseInTheReportedClauseIsTheSource() {
    assertTrue(containing("most farmers expected prices to fall").speakerText().contains("survey"));
  }

  @Test
  void aPassiveQuotedAsSayingGivesThePersonQuoted() {
    assertEquals("The foreign minister", containing("the border would stay closed").speakerText());
  }

  @Test
  void aPromiseMadeTheSubjectOfItsInfinitiveIsStillThePromisersWords() {
    Quote q = containing("to lower fuel duty");
    assertTrue(q.speakerText().contains("chancellor"), q::speakerText);
    assertFalse(q.text().contains("City"), q::text);
  }

  @Test
  void aVoicedFeelingKeepsWhatItIsAbout() {
    Quote q = containing("anger");
    assertTrue(q.text().contains("the proposed cuts"), q::text);
  }

  @Test
  void aRelativeClauseWithoutPronounAttributesTheNounItModifies() {
    Quote q = containing("a figure");
    assertEquals("the hospital board", q.speakerText());
    assertFalse(q.text().contains("board"), q::text);
  }

  @Test
  void aTroveOfMemosIsASource() {
    assertNotNull(containing("officials debating how to delay the inquiry").speakerText());
    assertTrue(containing("officials debating how to delay the inquiry").speakerText().contains("trove"));
  }

  @Test
  void anAppositionBeforeADenialIsNoParentheticalCue() {
    Quote q = containing("taking money from the developer");
    assertEquals("Maria Keller", q.speakerText());
    assertFalse(q.text().contains("Keller"), q::text);
  }

  @Test
  void aRoleNounWithANameInAppositionCanBeASource() {
    assertTrue(containing("the zoning plan").speakerText().endsWith("Priya Raman"));
  }

  @Test
  void aFrontedNamingParticipleTakesTheSubjectOfTheMainClause() {
    Quote q = containing("the new tariff");
    assertEquals("the opposition leader", q.speakerText());
    assertFalse(q.text().contains("demanded"), q::text);
  }

  @Test
  void aConclusionIsTheOwnersView() {
    assertEquals("The court", containing("the contract was void").speakerText());
  }
}
