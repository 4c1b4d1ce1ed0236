package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link WordSenses} through the real {@link TriggerFinder} on real parses of sentences written for these tests
 * ({@code golden/stages/senses.txt}): the code a trigger word gets, or none, in each of its senses.
 */
class WordSensesTest {
  private static final String FIXTURE = "senses";

  private static String code(String sentenceStart, String word) {
    return Fixtures.triggerCodeAt(FIXTURE, sentenceStart, word);
  }

  @Test
  void fightingBackTearsIsNoViolence() {
    assertNull(code("The mother of the fallen soldier fought back tears", "fought"));
  }

  @Test
  void fightingBackAgainstAnArmyIsStillFighting() {
    assertEquals("190", code("Rebel fighters fought back against the army", "fought"));
  }

  @Test
  void aStrikeOnACountryIsAMilitaryStrike() {
    assertEquals("190", code("The senator said the strike on Iran was illegal", "strike"));
  }

  @Test
  void aStrikeOnADayIsNoMilitaryStrike() {
    // a labour strike that closed the port (143 since the predicate of an event noun's subject is its context)
    String dock = code("The dockworkers' strike on Monday closed the port.", "strike");
    assertTrue(dock == null || !dock.startsWith("19"), dock);
    assertEquals("143", code("Teachers began a strike on Monday over pay", "strike"));
  }

  @Test
  void aPoliticiansOwnRallyIsNoProtest() {
    assertNull(code("The senator drew huge crowds at his rallies", "rallies"));
  }

  @Test
  void aRallyInASentenceAboutACampaignIsNoProtest() {
    assertNull(code("Supporters cheered as the candidate arrived at the rally", "rally"));
  }

  @Test
  void aRallyAgainstALawIsStillAProtest() {
    assertEquals("141", code("Thousands of people joined a rally against the new tax law", "rally"));
  }

  @Test
  void takingToTheStreetsToWelcomeSomeoneIsNoProtest() {
    assertNull(code("Hundreds of residents took to the streets to welcome", "took"));
    assertEquals("141", code("Farmers took to the streets to demand lower fuel prices.", "took"));
  }

  @Test
  void seizingANamedPersonIsAnArrest() {
    assertEquals("173", code("Police seized Ahmed Karimov in a raid", "seized"));
  }

  @Test
  void seizingPeopleByArmedMenIsAnAbduction() {
    assertEquals("181", code("Gunmen seized two aid workers", "seized"));
    assertEquals("181", code("Militants captured Colonel Ivan Petrov", "captured"));
  }

  @Test
  void aPassiveSeizureByGunmenIsAnAbduction() {
    assertEquals("181", code("Two journalists were seized by gunmen", "seized"));
  }

  @Test
  void seizingATownIsOccupationAndSeizingGoodsIsConfiscation() {
    assertEquals("192", code("Rebels seized the town of Marea", "seized"));
    assertEquals("1711", code("Customs officers seized a shipment of cocaine", "seized"));
  }

  @Test
  void callingAPersonIsATelephoneCall() {
    assertEquals("041", code("The prime minister called me at my office", "called"));
  }

  @Test
  void callingAPersonSomethingIsNoTelephoneCall() {
    assertNull(code("The opposition leader called him a traitor", "called"));
    assertEquals("0256", code("The minister called on the rebels to lay down their arms.", "called"));
  }

  @Test
  void aBareAssaultOrOnslaughtIsAnAttack() {
    assertEquals("190", code("Residents of the city fled the onslaught of government troops.", "onslaught"));
    assertEquals("182", code("Five policemen died in the assault on the police station", "assault"));
  }

  @Test
  void assaultAsACriminalChargeAndAnOnslaughtOfWordsAreNoAttack() {
    assertNull(code("He was charged with assault after the brawl", "assault"));
    assertNull(code("The minister faced an onslaught of criticism", "onslaught"));
  }

  @Test
  void aPersonCapturedBeforeBeingShownWasArrested() {
    assertEquals("173", code("The smuggler was shown to reporters after being captured", "captured"));
  }

  @Test
  void releasingAidIsGivingItAndReleasingHostagesIsFreeingThem() {
    assertEquals("070", code("Donors released the emergency assistance", "released"));
    assertEquals("0841", code("The rebels released two hostages on Sunday.", "released"));
  }

  @Test
  void anArmyStrikingACountryAttacksIt() {
    assertEquals("190", code("Officials said the army was ready to strike Iraq again.", "strike"));
  }

  @Test
  void anEarthquakeStrikingACountryIsNoAttack() {
    assertNull(code("A powerful earthquake struck Chile on Tuesday.", "struck"));
  }

  @Test
  void comingUnderHeavyFireFromInsurgentsIsBeingAttacked() {
    assertEquals("190", code("Our convoy came under heavy fire from insurgents", "fire"));
  }

  @Test
  void comingUnderFireOverAPolicyIsNoAttack() {
    assertNull(code("The minister came under fire over the new tax.", "fire"));
  }

  @Test
  void receivingABriefingFromAnOfficialIsNoVisit() {
    assertNull(code("Lawmakers received a classified briefing from the defence secretary", "received"));
  }

  @Test
  void receivingAMinisterIsHostingAVisit() {
    assertEquals("043", code("The king received the Qatari foreign minister in Amman.", "received"));
  }

  @Test
  void aBattleOverBillsIsAContestOfVotesNotFighting() {
    assertNull(code("Congress ended its long battle over the farm bills", "battle"));
    assertNull(code("The senators lost their fight over the pension law", "fight"));
  }

  @Test
  void wagingAnInformationWarIsNoFighting() {
    assertNull(code("The youth group is fighting an information war", "fighting"));
  }

  @Test
  void aBattleOverAPlaceIsStillFighting() {
    assertEquals("190", code("The battle over the mountain pass lasted", "battle"));
  }

  @Test
  void aClashWithPoliceOverALawIsStillAViolentProtest() {
    assertEquals("145", code("Protesters clashed with police over the new pension law", "clashed"));
  }

  @Test
  void releasingAReportIsPublishingNotFreeing() {
    assertNull(code("The rights group released a 40-page report", "released"));
  }

  @Test
  void releasingSoldiersIsStillFreeingThem() {
    assertEquals("0841", code("The militia released three captured soldiers", "released"));
  }

  @Test
  void speakingOfAPhoneCallIsNoPhoneCall() {
    assertNull(code("The senator spoke approvingly of the phone conversation", "spoke"));
    assertNull(code("The general was speaking at a call-in event", "speaking"));
  }

  @Test
  void speakingByPhoneIsAPhoneCall() {
    assertEquals("041", code("The Italian premier spoke by phone", "spoke"));
    assertEquals("041", code("The mayor talked on the telephone", "talked"));
  }
}
