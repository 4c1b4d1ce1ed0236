package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 15 on real parses of sentences written for them ({@code golden/stages/actor-kinds-15.txt},
 * published 2011-06-14): a party routed in an "after" clause ({@link RoutedParties}), an embassy building standing for
 * the state it serves ({@link Missions}), acts named by who committed them ({@link CommittedActs}), a break in
 * relations "with" a party ({@link RelationPartners}), a verb hung on a comma-set relative clause
 * ({@link RelativeSubjects}), a force sent by a named body ({@link SentForces}), goods bound for a party
 * ({@link BoundFor}), government barracks ({@link Installations}) and branding a party a terrorist state (lexicon
 * file 01-20-actor-kinds-s15.tsv).
 */
class ActorKindsFifteenTest {
  private static final String CASE = "actor-kinds-15";

  @Test
  void theArmyRoutedInAnAfterPhraseIsTheTarget() { Fixtures.assertTriple(CASE, "Nalut", "", "19", "LBYMIL"); }

  @Test
  void thePoliceDefeatedInAnAfterClauseAreTheTarget() { Fixtures.assertTriple(CASE, "district centre", "", "19", "PAKCOP"); }

  @Test
  void anEmbassyBuildingIsTheStateItServesNotTheHostCity() {
    Fixtures.assertSomeEvent(CASE, "Saudi embassy", "a target of Saudi Arabia", e -> Fixtures.code(e.target()).startsWith("SAU"));
  }

  @Test
  void anInquiryIntoKillingsTargetsTheirPerpetrators() {
    Fixtures.assertSomeEvent(CASE, "killings committed", "a target SDNMIL", e -> Fixtures.code(e.target()).equals("SDNMIL"));
  }

  @Test
  void aBreakInRelationsWithAPartyTargetsIt() { Fixtures.assertTriple(CASE, "break in relations", "IGO", "16", "SYR"); }

  @Test
  void aVerbAfterACommaSetRelativeClauseTakesItsNoun() {
    Fixtures.assertSomeEvent(CASE, "Jordanian police, who", "a source JORCOP on a firing",
        e -> Fixtures.code(e.source()).equals("JORCOP") && e.cameo().startsWith("1"));
  }

  @Test
  void aForceSentByANamedBodyActsForIt() {
    Fixtures.assertSomeEvent(CASE, "sent by the African Union", "a source IGO", e -> Fixtures.code(e.source()).startsWith("IGO"));
  }

  @Test
  void aClosureToGoodsBoundForAPartyTargetsThatParty() { Fixtures.assertTriple(CASE, "bound for Qatar", "EGY", "19", "QAT"); }

  @Test
  void governmentBarracksUnderAttackAreTheArmy() { Fixtures.assertTriple(CASE, "government barracks", "", "19", "CAFMIL"); }

  @Test
  void brandingAStateATerroristStateIsADenunciation() { Fixtures.assertTriple(CASE, "branded Israel", "LBNLEG", "111", "ISR"); }
}
