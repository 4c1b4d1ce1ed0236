package harbinger.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conflict kinds of session 9, coded by the default coder on real parses of sentences written for these tests
 * ({@code golden/stages/conflict-kinds-9.txt}, published 2015): attacks a person survived ({@link Survivals}), history
 * lessons ({@link HistoryLessons}), event nouns as indefinite subjects ({@link MainPredicate}), works attacked by
 * reviewers ({@link ThingContests}), resigned games ({@link SportsSenses}), threats by armed groups
 * ({@link ArmedGroupThreats}), drills called a show of force ({@link JointExercises}) and drivers' accidents
 * ({@link NaturalCauses}).
 */
class ConflictKindsNineTest {
  private static final String FIXTURE = "conflict-kinds-9";

  private static List<String> triples(String sentenceStart) {
    return Fixtures.triples(FIXTURE, sentenceStart);
  }

  private static boolean any(List<String> triples, String code) {
    return triples.stream().anyMatch(t -> t.split(" ")[1].equals(code));
  }

  @Test
  void anAttackAPersonEscapedUnhurtIsAnAttemptOnThatPersonsLife() {
    List<String> t = triples("Former Pakistani prime minister");
    assertTrue(t.stream().anyMatch(e -> e.split(" ")[1].equals("185") && e.split(" ")[2].startsWith("PAK")), t.toString());
  }

  @Test
  void theSurvivorOfAnAttackIsItsTargetNotItsDoer() {
    List<String> t = triples("The Somali president survived");
    assertTrue(t.stream().anyMatch(e -> e.split(" ")[1].equals("185") && e.split(" ")[2].startsWith("SOM")), t.toString());
    assertTrue(t.stream().noneMatch(e -> e.startsWith("SOMGOV ")), t.toString());
  }

  @Test
  void troopsSurvivingAnAmbushAreNoAttemptOnAPersonsLife() {
    List<String> t = triples("Government troops survived");
    assertTrue(!any(t, "185"), t.toString());
  }

  @Test
  void anActDatedCenturiesBeforeTheStoryIsAHistoryLessonNoEvent() {
    assertEquals(List.of(), triples("Historians say the Mongol army"));
    assertEquals(List.of(), triples("Two centuries ago"));
  }

  @Test
  void anActOfTwentyFiveYearsBeforeIsStillCoded() {
    List<String> t = triples("Iraqi troops invaded Kuwait");
    assertTrue(t.stream().anyMatch(e -> e.split(" ")[1].startsWith("19")), t.toString());
  }

  @Test
  void anIndefiniteEventNounSubjectIsWhatTheSentenceReports() {
    List<String> t = triples("A nationwide strike by transport workers");
    assertTrue(t.stream().anyMatch(e -> e.split(" ")[1].startsWith("143")), t.toString());
  }

  @Test
  void aDefiniteEventNounSubjectWithNoPartyIsOnlyMentioned() {
    assertEquals(List.of(), triples("The bombings have damaged"));
  }

  @Test
  void aWorkAttackedByReviewersIsNoEventButByAMinisterIsCriticism() {
    assertEquals(List.of(), triples("Reviewers attacked the documentary"));
    List<String> t = triples("The culture minister attacked the film");
    assertTrue(any(t, "111") && t.stream().noneMatch(e -> e.split(" ")[1].startsWith("19")), t.toString());
  }

  @Test
  void aResignedGameIsSport() {
    assertEquals(List.of(), triples("The grandmaster resigned"));
  }

  @Test
  void anArmedGroupThreateningAttacksThreatensUnconventionalViolenceAStateAConventionalAttack() {
    List<String> rebels = triples("The Tamil Tigers threatened");
    assertTrue(any(rebels, "1383") && !any(rebels, "1384"), rebels.toString());
    List<String> state = triples("India threatened to attack");
    assertTrue(any(state, "1384"), state.toString());
  }

  @Test
  void drillsCalledAShowOfForceAreNoJointExercise() {
    List<String> t = triples("Chinese and Russian warships");
    assertTrue(any(t, "150") && !any(t, "062"), t.toString());
  }

  @Test
  void aDriverPloughingIntoACrowdIsAnAccident() {
    assertEquals(List.of(), triples("A drunk driver ploughed"));
  }
}
