package harbinger.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Office-term lookups over the fixture set in {@code src/test/resources/harbinger/actors/fixture}. */
class ActorKnowledgeOfficeTermsTest {
  private static final String FIXTURE = "/harbinger/actors/fixture/";
  private final ActorKnowledge knowledge = ActorKnowledgeFiles.loadResources(FIXTURE);

  private static LocalDate d(String iso) { return LocalDate.parse(iso); }

  private String holder(String country, String role, String date) {
    return knowledge.findHolder(country, role, d(date)).map(OfficeTerm::person).orElse("-");
  }

  @Test
  void findsTermsByFullNameAndBySurnameOldestFirst() {
    List<OfficeTerm> byName = knowledge.findTerms("Vladimir Putin");
    List<OfficeTerm> bySurname = knowledge.findTerms("Putin");
    assertEquals(byName, bySurname);
    assertEquals(List.of(d("1999-08-16"), d("2000-05-07"), d("2008-05-08"), d("2012-05-07")),
        bySurname.stream().map(OfficeTerm::from).toList());
    assertEquals(List.of("head_of_government", "head_of_state", "head_of_government", "head_of_state"),
        bySurname.stream().map(OfficeTerm::role).toList());
  }

  @Test
  void namesAreMatchedLikeOtherPhrases() {
    assertEquals(4, knowledge.findTerms("PUTIN'S").size());
    assertEquals(4, knowledge.findTerms("Vladimir V Putin").size());
    assertEquals(1, knowledge.findTerms("Dmitri Medvedev").size());
  }

  @Test
  void aTermRepeatedInBothFilesIsKeptOnce() {
    long incumbent = knowledge.findTerms("Putin").stream().filter(t -> t.to() == null).count();
    assertEquals(1, incumbent);
  }

  @Test
  void sharedSurnameReturnsEveryPersonSoCallersCanDisambiguate() {
    List<OfficeTerm> bushes = knowledge.findTerms("Bush");
    assertEquals(List.of("George H. W. Bush", "George W. Bush"), bushes.stream().map(OfficeTerm::person).toList());
    assertEquals(List.of("Bill Clinton", "Hillary Clinton"),
        knowledge.findTerms("Clinton").stream().map(OfficeTerm::person).toList());
    assertEquals(1, knowledge.findTerms("George W. Bush").size());
  }

  @Test
  void holderChangesWhenATermEnds() {
    assertEquals("Vladimir Putin", holder("RUS", "head_of_state", "2008-05-06"));
    assertEquals("Dmitry Medvedev", holder("RUS", "head_of_state", "2008-05-08"));
    assertEquals("Dmitry Medvedev", holder("RUS", "head_of_state", "2012-05-06"));
    assertEquals("Vladimir Putin", holder("RUS", "head_of_state", "2021-12-30"));
    assertEquals("Vladimir Putin", holder("RUS", "head_of_government", "2010-01-01"));
    assertEquals("-", holder("RUS", "head_of_government", "2013-01-01"));
  }

  @Test
  void onAHandOverDayTheIncomingHolderWins() {
    assertEquals("Barack Obama", holder("USA", "head_of_state", "2009-01-20"));
    assertEquals("George W. Bush", holder("USA", "head_of_state", "2009-01-19"));
    assertEquals("Dmitry Medvedev", holder("RUS", "head_of_state", "2008-05-07"));
  }

  @Test
  void noHolderOutsideEveryTermOrForAnUnknownOffice() {
    assertEquals("-", holder("USA", "head_of_state", "1980-06-01"));
    assertEquals("-", holder("USA", "head_of_state", "2018-06-01"));
    assertEquals("-", holder("FRA", "head_of_state", "2010-06-01"));
    assertEquals("-", holder("USA", "defence_minister", "2010-06-01"));
  }

  @Test
  void countryAndRoleAreCaseInsensitive() {
    assertEquals("Tony Blair", holder("gbr", "HEAD_OF_GOVERNMENT", "2001-09-11"));
  }

  @Test
  void onePersonMayHoldTwoOfficesAtDifferentTimes() {
    List<OfficeTerm> biden = knowledge.findTerms("Biden");
    assertEquals(List.of("Vice President", "President"), biden.stream().map(OfficeTerm::title).toList());
    assertEquals("Joe Biden", holder("USA", "head_of_state", "2021-12-30"));
    assertEquals("Joe Biden", holder("USA", "other", "2012-01-01"));
  }

  @Test
  void anEmptyToColumnMeansStillInOffice() {
    OfficeTerm last = knowledge.findTerms("Putin").get(3);
    assertNull(last.to());
    assertTrue(last.holdsOn(d("2100-01-01")));
  }

  @Test
  void unknownOrBlankNamesHaveNoTerms() {
    assertEquals(List.of(), knowledge.findTerms("Gorbachev"));
    assertEquals(List.of(), knowledge.findTerms("  "));
  }

  @Test
  void loadingFromADirectoryGivesTheSameAnswers() throws URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(getClass().getResource(FIXTURE)).toURI());
    ActorKnowledge fromDir = ActorKnowledgeFiles.load(dir);
    assertEquals(knowledge.findTerms("Bush"), fromDir.findTerms("Bush"));
    assertEquals(knowledge.countries(), fromDir.countries());
  }
}
