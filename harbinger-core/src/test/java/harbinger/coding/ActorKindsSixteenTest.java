package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 16 on real parses of sentences written for them ({@code golden/stages/actor-kinds-16.txt},
 * published 2016-05-18): a title whose second word the parser hangs after it ("charge d'affaires", {@link HeadAgents}),
 * a state's own communities ({@link Minorities#ownCommunities}), union federations named in full ({@link UnionNames}),
 * a leader's own minister ({@link ActorPairs}, {@link DiscourseFallbacks}), captives and land named by who holds them
 * ({@link HeldBy}), student protesters, news websites and popes (actor data).
 */
class ActorKindsSixteenTest {
  private static final String CASE = "actor-kinds-16";

  @Test
  void aChargeDAffairesIsHisGovernment() { Fixtures.assertTriple(CASE, "charge d'affaires", "CHLGOV", "", "BOLGOV"); }

  @Test
  void communitiesNamedByAStateAreThatStates() {
    Fixtures.assertSomeEvent(CASE, "Israeli communities", "a target of Israel", e -> Fixtures.code(e.target()).startsWith("ISR"));
  }

  @Test
  void aUnionFederationNamedInFullIsLabour() {
    Fixtures.assertSomeEvent(CASE, "Federation of Trade Unions", "a source GHALAB", e -> Fixtures.code(e.source()).equals("GHALAB"));
  }

  @Test
  void aLeaderSackingHisOwnMinisterTargetsHisGovernment() { Fixtures.assertTriple(CASE, "sacked his interior", "KENGOV", "172", "KENGOV"); }

  @Test
  void freeingCaptivesIsAimedAtTheirCaptors() {
    Fixtures.assertSomeEvent(CASE, "held by Tuareg rebels", "a target of the rebels", e -> Fixtures.code(e.target()).contains("REB"));
  }

  @Test
  void occupyingLandAdministeredByAStateTargetsThatState() { Fixtures.assertTriple(CASE, "strip of land", "SDNMIL", "19", "SSD"); }

  @Test
  void studentProtestersAreStudents() { Fixtures.assertTriple(CASE, "student protesters", "CMRCOP", "17", "CMREDU"); }

  @Test
  void aNewsWebsiteIsMedia() {
    Fixtures.assertSomeEvent(CASE, "news website", "a target TURMED", e -> Fixtures.code(e.target()).equals("TURMED"));
  }

  @Test
  void thePopeIsTheHolySee() { Fixtures.assertTriple(CASE, "Pope Francis", "POLGOV", "04", "VAT"); }
}
