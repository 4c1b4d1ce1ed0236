package harbinger.coding;

import org.junit.jupiter.api.Test;

/**
 * Actor kinds of session 23 on real parses of sentences written for them ({@code golden/stages/actor-kinds-23.txt},
 * published 2017-05-10): an attack named by a nationality stands for that state's armed forces ({@link AttackForces}),
 * beating back an attack (190, lexicon 01-20-actor-kinds-s23.tsv) but not in sport, the government of a named
 * president ({@link LedGovernments}), police raiding offices named with their city ({@link PremisesPlaces}), a participle
 * clause after the main clause done by its subject ({@link FreeAdjuncts}), a dispute with a state taken to a court
 * ({@link ActivityPartners}), a proposal passed to another party's envoys (040), a journey whose purpose is to be
 * received ({@link GreetedVisitors#journeyVisitor}), a court ordering a titled president (100), beating customs officers
 * (182), tightening exports to a capital (163) and defending the pardon of a former president (052, its holder the target).
 */
class ActorKindsTwentyThreeTest {
  private static final String CASE = "actor-kinds-23";

  /** The trigger word of an event, cut from its evidence sentence. */
  private static String word(harbinger.model.Event e) {
    return e.evidence().substring(e.trigger().start() - e.span().start(), e.trigger().end() - e.span().start());
  }

  @Test
  void anOffensiveNamedByANationalityIsThatStatesArmedForces() {
    Fixtures.assertSomeEvent(CASE, "repelled a fresh Russian offensive", "190 GEOMIL -> RUSMIL", e -> e.cameo().equals("190")
        && Fixtures.code(e.source()).equals("GEOMIL") && Fixtures.code(e.target()).equals("RUSMIL"));
  }

  @Test
  void aCyberAttackNamedByANationalityIsNoArmedForce() {
    Fixtures.assertSomeEvent(CASE, "cyber attack", "a target RUS (not RUSMIL)", e -> Fixtures.code(e.target()).equals("RUS"));
  }

  @Test
  void beatingBackAnAssaultIsMilitaryForce() {
    Fixtures.assertSomeEvent(CASE, "beat back a Syrian assault", "190 LBNMIL -> SYRMIL", e -> e.cameo().equals("190")
        && word(e).equals("beat") && Fixtures.code(e.source()).equals("LBNMIL") && Fixtures.code(e.target()).equals("SYRMIL"));
  }

  @Test
  void beatingBackAnAttackInSportIsNoEvent() {
    Fixtures.assertNoEvent(CASE, "home side", "an event on 'beat'", e -> word(e).equals("beat"));
  }

  @Test
  void theGovernmentOfANamedPresidentIsHisCountrysNotThePlaceOfTheAct() {
    Fixtures.assertSomeEvent(CASE, "government of President Yoweri Museveni", "a target UGAGOV", e -> Fixtures.code(e.target()).equals("UGAGOV"));
  }

  @Test
  void policeRaidingOfficesNamedWithTheirCityAreThatCountrys() {
    Fixtures.assertSomeEvent(CASE, "Nairobi offices", "a source KENCOP", e -> Fixtures.code(e.source()).equals("KENCOP"));
  }

  @Test
  void aParticipleClauseAfterTheMainClauseIsDoneByItsSubject() {
    Fixtures.assertSomeEvent(CASE, "killing dozens of the Kenyan soldiers", "SOMREBSHB -> KENMIL on 'killing'",
        e -> word(e).equals("killing") && Fixtures.code(e.source()).startsWith("SOM") && Fixtures.code(e.target()).equals("KENMIL"));
  }

  @Test
  void aDisputeTakenToACourtTargetsTheOtherDisputant() {
    Fixtures.assertSomeEvent(CASE, "border dispute with Guatemala", "115 BLZ -> GTM", e -> e.cameo().equals("115")
        && Fixtures.code(e.source()).startsWith("BLZ") && Fixtures.code(e.target()).startsWith("GTM"));
  }

  @Test
  void aProposalPassedToAnotherPartysEnvoysIsAConsultationWithThem() {
    Fixtures.assertSomeEvent(CASE, "passed an American proposal", "040 CHEGOV -> IRN", e -> e.cameo().equals("040")
        && Fixtures.code(e.source()).equals("CHEGOV") && Fixtures.code(e.target()).startsWith("IRN"));
  }

  @Test
  void flyingSomewhereToBeReceivedIsAVisitToTheHost() {
    Fixtures.assertSomeEvent(CASE, "to be received by Prime Minister Shinzo Abe", "042 CHN -> JPNGOV", e -> e.cameo().equals("042")
        && Fixtures.code(e.source()).startsWith("CHN") && Fixtures.code(e.target()).equals("JPNGOV"));
  }

  @Test
  void aCourtOrderingATitledPresidentDemandsOfTheGovernment() {
    Fixtures.assertSomeEvent(CASE, "ordered President Uhuru Kenyatta", "100 KENJUD -> KENGOV", e -> e.cameo().equals("100")
        && Fixtures.code(e.source()).equals("KENJUD") && Fixtures.code(e.target()).equals("KENGOV"));
  }

  @Test
  void beatingCustomsOfficersIsAnAssault() {
    Fixtures.assertSomeEvent(CASE, "Cambodian customs officers", "182 THAMIL -> KHM", e -> e.cameo().equals("182")
        && Fixtures.code(e.source()).equals("THAMIL") && Fixtures.code(e.target()).startsWith("KHM"));
  }

  @Test
  void tighteningExportsToACapitalIsAnEmbargo() {
    Fixtures.assertSomeEvent(CASE, "tightened exports of fuel", "163 TUR -> SYR", e -> e.cameo().equals("163")
        && Fixtures.code(e.source()).startsWith("TUR") && Fixtures.code(e.target()).startsWith("SYR"));
  }

  @Test
  void defendingThePardonOfAFormerPresidentTargetsHisCountry() {
    Fixtures.assertSomeEvent(CASE, "defended the pardon", "052 PERGOV -> PER", e -> e.cameo().equals("052")
        && Fixtures.code(e.source()).equals("PERGOV") && Fixtures.code(e.target()).startsWith("PER"));
  }
}
