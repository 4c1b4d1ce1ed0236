package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.data.DataLine;
import harbinger.error.DictionaryException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 14 on real parses of sentences written for them ({@code golden/stages/actor-kinds-14.txt},
 * published 2010-11-13): generals of a ruling junta ({@link JuntaGenerals}), aircraft named by a military designation
 * ({@link MilitaryCraft}), a winner congratulated on his election to an office ({@link ElectedOffice}), the first of
 * two objects ("called X a 'traitor'"), a comma-set relative clause the parser hangs as "dep", and the beneficiary of
 * a sum "in" aid ({@link InnerTargets}).
 */
class ActorKindsFourteenTest {
  private static final String CASE = "actor-kinds-14";

  @Test
  void generalsOfAMilitaryGovernmentAreItsGovernment() {
    Fixtures.assertSomeEvent(CASE, "Myanmar's generals", "a source MMRGOV", e -> Fixtures.code(e.source()).equals("MMRGOV"));
  }

  @Test
  void armyGeneralsUnderACivilianGovernmentStayMilitary() {
    Fixtures.assertSomeEvent(CASE, "Thai army generals", "a source THAMIL", e -> Fixtures.code(e.source()).equals("THAMIL"));
  }

  @Test
  void aircraftNamedByADesignationAreTheMilitary() { Fixtures.assertTriple(CASE, "Turkish F-16s", "TURMIL", "19", "SYRMIL"); }

  @Test
  void theWinnerCongratulatedOnHisElectionAsPresidentIsThatGovernment() {
    Fixtures.assertTriple(CASE, "congratulated John Mabaso", "KEN", "05", "GHAGOV");
  }

  @Test
  void theFirstOfTwoObjectsIsThePartyCalledAName() {
    Fixtures.assertTriple(CASE, "called South Korean President", "PRK", "111", "KORGOV");
  }

  @Test
  void aCommaSetRelativeClauseTakesItsNounAsSource() {
    Fixtures.assertSomeEvent(CASE, "Chechen rebels, who", "a source of Russia", e -> Fixtures.code(e.source()).startsWith("RUS"));
  }

  @Test
  void aidASumIsInGoesToTheBeneficiaryNamedAfterIt() { Fixtures.assertTriple(CASE, "Tokyo approved", "JPN", "07", "BGD"); }

  @Test
  void militaryRuleIsDatedByCountry() {
    assertTrue(JuntaGenerals.ruled("MMR", LocalDate.of(2007, 9, 27)));
    assertFalse(JuntaGenerals.ruled("MMR", LocalDate.of(2017, 8, 26)));
    assertTrue(JuntaGenerals.ruled("MMR", LocalDate.of(2022, 1, 1)));
  }

  @Test
  void aBadPeriodLineFailsWithItsFileAndLine() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> JuntaGenerals.parse(List.of(new DataLine("military-governments.tsv", 7, List.of("MMR", "2011-03-30", "1962-03-02")))));
    assertTrue(e.getMessage().contains("military-governments.tsv:7"), e.getMessage());
    assertEquals(1, JuntaGenerals.parse(List.of(new DataLine("f", 1, List.of("EGY", "2011-02-11", "-")))).size());
  }
}
