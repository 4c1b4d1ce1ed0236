package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds fixed after blind probe round 6 (session 8), on sentences written for the test
 * ({@code golden/stages/round6-kinds.txt}): a refusal to tell ("would not say whether") is 011 but an omission ("did
 * not say when") is not; aid received from a named giver is coded giver to receiver ({@link Receipts}), and a
 * receipt with no giver named and no aid word is no aid; the subject of a bare infinitive after "let" is what is let
 * ("let monitors return": 0862); outlets allowed to resume are an eased restriction (0811); a private person's gift
 * to a school is no aid ({@link PrivateGifts}), a businessman's gift to a named authority is. The fixture's three
 * claim sentences ("said its fighters had ambushed") are kept for a later rule: coding 015 on the reporting verb lost
 * the reported attack itself in the sample corpus, so that rule was withdrawn.
 */
class RoundSixKindsTest {
  @Test
  void wouldNotSayWhetherDeclinesComment() {
    List<String> p = Fixtures.triples("round6-kinds", "would not say whether");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 011 ")), p.toString());
  }

  @Test
  void didNotSayWhenIsNoRefusal() {
    List<String> p = Fixtures.triples("round6-kinds", "did not say when");
    assertTrue(p.stream().noneMatch(x -> x.contains(" 011 ")), p.toString());
  }

  @Test
  void moneyReceivedFromAGiverIsCodedFromTheGiver() {
    List<String> p = Fixtures.triples("round6-kinds", "Ghana received");
    assertTrue(p.contains("JPN 071 GHA"), p.toString());
    assertTrue(p.stream().noneMatch(x -> x.startsWith("GHA 07")), p.toString());
  }

  @Test
  void weaponsReceivedFromAGiverAreMilitaryAidFromTheGiver() {
    List<String> p = Fixtures.triples("round6-kinds", "Senegal received");
    assertTrue(p.contains("FRA 072 SEN"), p.toString());
  }

  @Test
  void anAircraftReceivedWithNoGiverIsNoAid() {
    List<String> p = Fixtures.triples("round6-kinds", "airline received");
    assertTrue(p.stream().noneMatch(x -> x.contains(" 07")), p.toString());
  }

  @Test
  void monitorsLetReturnAreInspectorsReceived() {
    List<String> p = Fixtures.triples("round6-kinds", "let United Nations monitors");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 0862 ")), p.toString());
  }

  @Test
  void newspapersAllowedToResumeAreEasedRestrictions() {
    List<String> p = Fixtures.triples("round6-kinds", "allowed the banned newspapers");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 0811 ")), p.toString());
  }

  @Test
  void aPrivateGiftToASchoolIsNoAid() {
    List<String> p = Fixtures.triples("round6-kinds", "widow donated her house");
    assertTrue(p.stream().noneMatch(x -> x.contains(" 07")), p.toString());
  }

  @Test
  void aGiftToANamedAuthorityStaysAid() {
    List<String> p = Fixtures.triples("round6-kinds", "businessman donated two million");
    assertTrue(p.stream().anyMatch(x -> x.contains(" 07")), p.toString());
  }
}
