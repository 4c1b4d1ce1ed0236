package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.pipeline.Pipeline;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blind actor probes ({@code blind-actor-probes.tsv}): sentences whose parties are described in varied ways,
 * written before the actor data and resolver were read. The first measurement (hits 0.656) is recorded in the
 * file's header; the floors here are a little under the rates after the session-5 fixes (0.841, source 0.897,
 * target 0.848), so that a change losing actor coding on text nobody tuned on fails. Round 2
 * ({@code blind-actor-probes-2.tsv}, session 6, wire copy of 1995-2005) was first measured at 0.665.
 */
class BlindActorProbeIT {
  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = new Engine().pipeline();
  }

  private static final double MIN_HIT_RATE = 0.86;
  private static final double MIN_SOURCE_RATE = 0.90;
  private static final double MIN_TARGET_RATE = 0.87;

  /** Round 2 (session 6): 1995-2005 wire style; first measured 0.665, 0.789 after the session-6 fixes. */
  private static final String ROUND_2 = "/blind-actor-probes-2.tsv";
  private static final double MIN_HIT_RATE_2 = 0.77;
  private static final double MIN_SOURCE_RATE_2 = 0.86;
  private static final double MIN_TARGET_RATE_2 = 0.81;

  /**
   * Round 4 (session 7): targets in participles, place phrases, commands, possessors, by-phrases and complements,
   * neighbours and former colonial powers; first measured 0.717 (source 0.857, target 0.743), 0.813 (0.878, 0.839)
   * after the session-7 fixes.
   */
  private static final String ROUND_4 = "/blind-actor-probes-4.tsv";
  private static final double MIN_HIT_RATE_4 = 0.79;
  private static final double MIN_SOURCE_RATE_4 = 0.86;
  private static final double MIN_TARGET_RATE_4 = 0.82;

  /**
   * Round 6 (session 8): reporting frames, possessive sources, dated roles, capitals and government buildings,
   * places that are no party, compound actors, groups in a host state, rebels of 1990-2005 and 2015-2024, IGO
   * officials, givers in "received X from Y", by-phrases and Yugoslavia/Serbia; first measured 0.743 (source 0.847,
   * target 0.812), 0.822 (0.896, 0.851) after the session-8 fixes.
   */
  private static final String ROUND_6 = "/blind-actor-probes-6.tsv";
  private static final double MIN_HIT_RATE_6 = 0.80;
  private static final double MIN_SOURCE_RATE_6 = 0.87;
  private static final double MIN_TARGET_RATE_6 = 0.83;

  /**
   * Session 9 ({@code blind-actor-probes-s9.tsv}): state news agencies and state media, groups placed by town or
   * region, targets in inner phrases, people with no office record, former office holders by date, compound
   * subjects; first measured 0.690 (source 0.767, target 0.828), 0.828 (0.879, 0.871) after the session-9 fixes.
   */
  private static final String S9 = "/blind-actor-probes-s9.tsv";
  private static final double MIN_HIT_RATE_S9 = 0.80;
  private static final double MIN_SOURCE_RATE_S9 = 0.85;
  private static final double MIN_TARGET_RATE_S9 = 0.84;

  /**
   * Session 10 ({@code blind-actor-probes-s10.tsv}): targets inside noun phrases, attackers named by weapon or craft,
   * government troops and patrols, former office holders, supporters of a leader, unknown firms, "-led"/"-backed"
   * groups; first measured 0.613 (source 0.723, target 0.773), 0.832 (0.899, 0.857) after the session-10 fixes.
   */
  private static final String S10 = "/blind-actor-probes-s10.tsv";
  private static final double MIN_HIT_RATE_S10 = 0.80;
  private static final double MIN_SOURCE_RATE_S10 = 0.87;
  private static final double MIN_TARGET_RATE_S10 = 0.83;

  /**
   * Round 9 ({@code blind-actor-probes-round9.tsv}, written blind for the session-9 end measurement): measured once
   * at 0.678 (source 0.756, target 0.733), then fixed by kind in session 10: 0.744 (0.811, 0.767); 14 of the 23
   * misses left are events the coder does not find at all.
   */
  private static final String ROUND_9 = "/blind-actor-probes-round9.tsv";
  private static final double MIN_HIT_RATE_9 = 0.74;
  private static final double MIN_SOURCE_RATE_9 = 0.82;
  private static final double MIN_TARGET_RATE_9 = 0.76;

  /**
   * Round 10 ({@code blind-actor-probes-round10.tsv}, written blind for the session-10 end measurement): measured once
   * at 0.800 (source 0.878, target 0.856), then fixed by kind in session 11: 0.867 (0.922, 0.911).
   */
  private static final String ROUND_10 = "/blind-actor-probes-round10.tsv";
  private static final double MIN_HIT_RATE_10 = 0.84;
  private static final double MIN_SOURCE_RATE_10 = 0.90;
  private static final double MIN_TARGET_RATE_10 = 0.88;

  /**
   * Session 11 ({@code blind-actor-probes-s11.tsv}): troops moving into a country, handovers, "X-based" groups,
   * expelled correspondents, halted cooperation, victims as targets, purpose clauses after a march, international
   * bodies acting on a state, courts and legislatures removing office holders, embassies, titled rulers and firms;
   * first measured 0.443 (source 0.623, target 0.525), 0.762 (0.820, 0.828) after the session-11 fixes.
   */
  private static final String S11 = "/blind-actor-probes-s11.tsv";
  private static final double MIN_HIT_RATE_S11 = 0.74;
  private static final double MIN_SOURCE_RATE_S11 = 0.80;
  private static final double MIN_TARGET_RATE_S11 = 0.80;

  @Test
  void codesTheActorsOfTheSessionElevenBlindProbesAboveTheFloors() {
    check("Blind actor probes, session 11", S11, MIN_HIT_RATE_S11, MIN_SOURCE_RATE_S11, MIN_TARGET_RATE_S11);
  }

  @Test
  void codesTheActorsOfTheRoundTenBlindProbesAboveTheFloors() {
    check("Blind actor probes, round 10", ROUND_10, MIN_HIT_RATE_10, MIN_SOURCE_RATE_10, MIN_TARGET_RATE_10);
  }

  @Test
  void codesTheActorsOfTheSessionTenBlindProbesAboveTheFloors() {
    check("Blind actor probes, session 10", S10, MIN_HIT_RATE_S10, MIN_SOURCE_RATE_S10, MIN_TARGET_RATE_S10);
  }

  @Test
  void codesTheActorsOfTheRoundNineBlindProbesAboveTheFloors() {
    check("Blind actor probes, round 9", ROUND_9, MIN_HIT_RATE_9, MIN_SOURCE_RATE_9, MIN_TARGET_RATE_9);
  }

  private static void check(String title, String resource, double minHits, double minSource, double minTarget) {
    ActorProbeRun run = new ActorProbeRun(pipeline, ActorProbes.load(resource));
    System.out.println(title + ":\n" + run.report());
    assertTrue(run.hitRate() >= minHits,
        () -> String.format(Locale.ROOT, "hit rate %.3f below floor %.3f", run.hitRate(), minHits));
    assertTrue(run.sourceHitRate() >= minSource,
        () -> String.format(Locale.ROOT, "source rate %.3f below floor %.3f", run.sourceHitRate(), minSource));
    assertTrue(run.targetHitRate() >= minTarget,
        () -> String.format(Locale.ROOT, "target rate %.3f below floor %.3f", run.targetHitRate(), minTarget));
  }

  @Test
  void codesTheActorsOfTheSessionNineBlindProbesAboveTheFloors() {
    ActorProbeRun run = new ActorProbeRun(pipeline, ActorProbes.load(S9));
    System.out.println("Blind actor probes, session 9:\n" + run.report());
    assertTrue(run.hitRate() >= MIN_HIT_RATE_S9,
        () -> String.format(Locale.ROOT, "hit rate %.3f below floor %.3f", run.hitRate(), MIN_HIT_RATE_S9));
    assertTrue(run.sourceHitRate() >= MIN_SOURCE_RATE_S9,
        () -> String.format(Locale.ROOT, "source rate %.3f below floor %.3f", run.sourceHitRate(), MIN_SOURCE_RATE_S9));
    assertTrue(run.targetHitRate() >= MIN_TARGET_RATE_S9,
        () -> String.format(Locale.ROOT, "target rate %.3f below floor %.3f", run.targetHitRate(), MIN_TARGET_RATE_S9));
  }

  @Test
  void codesTheActorsOfTheRoundSixBlindProbesAboveTheFloors() {
    ActorProbeRun run = new ActorProbeRun(pipeline, ActorProbes.load(ROUND_6));
    System.out.println("Blind actor probes, round 6:\n" + run.report());
    assertTrue(run.hitRate() >= MIN_HIT_RATE_6,
        () -> String.format(Locale.ROOT, "hit rate %.3f below floor %.3f", run.hitRate(), MIN_HIT_RATE_6));
    assertTrue(run.sourceHitRate() >= MIN_SOURCE_RATE_6,
        () -> String.format(Locale.ROOT, "source rate %.3f below floor %.3f", run.sourceHitRate(), MIN_SOURCE_RATE_6));
    assertTrue(run.targetHitRate() >= MIN_TARGET_RATE_6,
        () -> String.format(Locale.ROOT, "target rate %.3f below floor %.3f", run.targetHitRate(), MIN_TARGET_RATE_6));
  }

  @Test
  void codesTheActorsOfTheRoundFourBlindProbesAboveTheFloors() {
    ActorProbeRun run = new ActorProbeRun(pipeline, ActorProbes.load(ROUND_4));
    System.out.println("Blind actor probes, round 4:\n" + run.report());
    assertTrue(run.hitRate() >= MIN_HIT_RATE_4,
        () -> String.format(Locale.ROOT, "hit rate %.3f below floor %.3f", run.hitRate(), MIN_HIT_RATE_4));
    assertTrue(run.sourceHitRate() >= MIN_SOURCE_RATE_4,
        () -> String.format(Locale.ROOT, "source rate %.3f below floor %.3f", run.sourceHitRate(), MIN_SOURCE_RATE_4));
    assertTrue(run.targetHitRate() >= MIN_TARGET_RATE_4,
        () -> String.format(Locale.ROOT, "target rate %.3f below floor %.3f", run.targetHitRate(), MIN_TARGET_RATE_4));
  }

  @Test
  void codesTheActorsOfTheRoundTwoBlindProbesAboveTheFloors() {
    ActorProbeRun run = new ActorProbeRun(pipeline, ActorProbes.load(ROUND_2));
    System.out.println("Blind actor probes, round 2:\n" + run.report());
    assertTrue(run.hitRate() >= MIN_HIT_RATE_2,
        () -> String.format(Locale.ROOT, "hit rate %.3f below floor %.3f", run.hitRate(), MIN_HIT_RATE_2));
    assertTrue(run.sourceHitRate() >= MIN_SOURCE_RATE_2,
        () -> String.format(Locale.ROOT, "source rate %.3f below floor %.3f", run.sourceHitRate(), MIN_SOURCE_RATE_2));
    assertTrue(run.targetHitRate() >= MIN_TARGET_RATE_2,
        () -> String.format(Locale.ROOT, "target rate %.3f below floor %.3f", run.targetHitRate(), MIN_TARGET_RATE_2));
  }

  @Test
  void codesTheActorsOfTheBlindProbesAboveTheFloors() {
    ActorProbeRun run = new ActorProbeRun(pipeline, ActorProbes.load(ActorProbes.RESOURCE));
    System.out.println("Blind actor probes:\n" + run.report());
    assertTrue(run.hitRate() >= MIN_HIT_RATE,
        () -> String.format(Locale.ROOT, "hit rate %.3f below floor %.3f", run.hitRate(), MIN_HIT_RATE));
    assertTrue(run.sourceHitRate() >= MIN_SOURCE_RATE,
        () -> String.format(Locale.ROOT, "source rate %.3f below floor %.3f", run.sourceHitRate(), MIN_SOURCE_RATE));
    assertTrue(run.targetHitRate() >= MIN_TARGET_RATE,
        () -> String.format(Locale.ROOT, "target rate %.3f below floor %.3f", run.targetHitRate(), MIN_TARGET_RATE));
  }
}
