package harbinger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import harbinger.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blind actor probes: sentences whose parties are described in varied ways, written before the actor data and
 * resolver were read (or, for the blind rounds, measured once at the end of a session). Every file is checked by one
 * table-driven test against its own floors ({@link #FILES}), each a little under the rates after the fixes made for
 * it, so that a change losing actor coding on text nobody tuned on fails. First measurements are recorded in each
 * file's header and in the comments of the table.
 */
class BlindActorProbeIT {
  private static Pipeline pipeline;

  @BeforeAll
  static void buildPipeline() {
    pipeline = new Engine().pipeline();
  }

  /**
   * One probe file and its floors.
   *
   * @param title name printed above the report
   * @param resource the probe file (a resource name)
   * @param minHits floor for the share of probes with both actors right
   * @param minSource floor for the share with the source right
   * @param minTarget floor for the share with the target right
   */
  record Floors(String title, String resource, double minHits, double minSource, double minTarget) {
    @Override
    public String toString() { return title; }
  }

  static final List<Floors> FILES = List.of(
      // Session 5 (blind-actor-probes.tsv): first measured 0.656; 0.841 (source 0.897, target 0.848) after the fixes.
      new Floors("Blind actor probes", ActorProbes.RESOURCE, 0.86, 0.90, 0.87),
      // Round 2 (session 6): 1995-2005 wire style; first measured 0.665, 0.789 after the session-6 fixes.
      new Floors("Blind actor probes, round 2", "/blind-actor-probes-2.tsv", 0.77, 0.86, 0.81),
      // Round 4 (session 7): targets in participles, place phrases, commands, possessors, by-phrases and complements,
      // neighbours and former colonial powers; first measured 0.717 (source 0.857, target 0.743), 0.813 (0.878,
      // 0.839) after the session-7 fixes.
      new Floors("Blind actor probes, round 4", "/blind-actor-probes-4.tsv", 0.79, 0.86, 0.82),
      // Round 6 (session 8): reporting frames, possessive sources, dated roles, capitals and government buildings,
      // places that are no party, compound actors, groups in a host state, rebels, IGO officials, givers in
      // "received X from Y", by-phrases and Yugoslavia/Serbia; first measured 0.743 (source 0.847, target 0.812),
      // 0.822 (0.896, 0.851) after the session-8 fixes.
      new Floors("Blind actor probes, round 6", "/blind-actor-probes-6.tsv", 0.80, 0.87, 0.83),
      // Session 9: state news agencies and state media, groups placed by town or region, targets in inner phrases,
      // people with no office record, former office holders by date, compound subjects; first measured 0.690
      // (source 0.767, target 0.828), 0.828 (0.879, 0.871) after the session-9 fixes.
      new Floors("Blind actor probes, session 9", "/blind-actor-probes-s9.tsv", 0.80, 0.85, 0.84),
      // Round 9 (written blind for the session-9 end measurement): measured once at 0.678 (source 0.756, target
      // 0.733), then fixed by kind in session 10: 0.744 (0.811, 0.767).
      new Floors("Blind actor probes, round 9", "/blind-actor-probes-round9.tsv", 0.74, 0.82, 0.76),
      // Session 10: targets inside noun phrases, attackers named by weapon or craft, government troops and patrols,
      // former office holders, supporters of a leader, unknown firms, "-led"/"-backed" groups; first measured 0.613
      // (source 0.723, target 0.773), 0.832 (0.899, 0.857) after the session-10 fixes.
      new Floors("Blind actor probes, session 10", "/blind-actor-probes-s10.tsv", 0.80, 0.87, 0.83),
      // Round 10 (written blind for the session-10 end measurement): measured once at 0.800 (source 0.878, target
      // 0.856), then fixed by kind in session 11: 0.867 (0.922, 0.911).
      new Floors("Blind actor probes, round 10", "/blind-actor-probes-round10.tsv", 0.84, 0.90, 0.88),
      // Session 11: troops moving into a country, handovers, "X-based" groups, expelled correspondents, halted
      // cooperation, victims as targets, purpose clauses after a march, international bodies acting on a state,
      // courts and legislatures removing office holders, embassies, titled rulers and firms; first measured 0.443
      // (source 0.623, target 0.525), 0.762 (0.820, 0.828) after the session-11 fixes.
      new Floors("Blind actor probes, session 11", "/blind-actor-probes-s11.tsv", 0.74, 0.80, 0.80),
      // Round 11 (written blind for the session-11 end measurement): measured once at 0.856 (source 0.922, target
      // 0.867), then fixed by kind in session 12: 0.911 (0.922, 0.922).
      new Floors("Blind actor probes, round 11", "/blind-actor-probes-round11.tsv", 0.88, 0.90, 0.90),
      // Session 12: places, posts and buildings standing for their holder, handovers, recalls, international bodies
      // granting loans, judging and admitting states, legislatures on heads of state and treaties, state media,
      // "the opposition X Party", victims in participles; first measured 0.533 (source 0.711, target 0.567), 0.633
      // (0.744, 0.644) after the session-12 fixes.
      new Floors("Blind actor probes, session 12", "/blind-actor-probes-s12.tsv", 0.61, 0.72, 0.62),
      // Round 12 (written blind for the session-12 end measurement): measured once at 0.733 (source 0.800, target
      // 0.800), then fixed by kind in session 13: 0.833 (0.878, 0.856).
      new Floors("Blind actor probes, round 12", "/blind-actor-probes-round12.tsv", 0.80, 0.85, 0.83),
      // Session 13: subjects of reduced participles the parser made the root ("soldiers armed with clubs clashed"),
      // places pulled out of and withdrawn from, handovers, seized sailors, organs and members of named bodies
      // ("the board of the IAEA", "observers from the OSCE"), U.S. legislative leaders and U.S./British commanders;
      // first measured 0.484 (source 0.602, target 0.613), 0.710 (0.774, 0.720) after the session-13 fixes.
      new Floors("Blind actor probes, session 13", "/blind-actor-probes-s13.tsv", 0.68, 0.74, 0.69),
      // Round 13 (written blind for the session-13 end measurement): measured once at 0.844 (source 0.867, target
      // 0.878), then fixed by kind in session 14: 0.900 (0.911, 0.933).
      new Floors("Blind actor probes, round 13", "/blind-actor-probes-round13.tsv", 0.87, 0.88, 0.90),
      // Session 14: passives with a by-phrase, weapons and aircraft of a nationality (MilitaryCraft), aid approved for,
      // handshakes, names of abuse, referrals, suspended and readmitted members, congratulated winners (ElectedOffice),
      // junta generals (JuntaGenerals), comma-set relative clauses, removals and upheld impeachments; first measured
      // 0.384 (source 0.495, target 0.485), 0.677 (0.818, 0.727) after the session-14 fixes.
      new Floors("Blind actor probes, session 14", "/blind-actor-probes-s14.tsv", 0.65, 0.79, 0.70),
      // Round 14 (written blind for the session-14 end measurement): measured once at 0.789 (source 0.900, target
      // 0.811), then fixed by kind in session 15: 0.900 (0.956, 0.900) with every session-15 fix merged.
      new Floors("Blind actor probes, round 14", "/blind-actor-probes-round14.tsv", 0.88, 0.94, 0.88),
      // Round 15 (written blind for the session-15 end measurement): measured once at 0.744 (source 0.844, target
      // 0.756), then fixed by kind in session 16: 0.889 (0.922, 0.889).
      new Floors("Blind actor probes, round 15", "/blind-actor-probes-round15.tsv", 0.86, 0.90, 0.86),
      // Round 16 (written blind for the session-16 end measurement): measured once at 0.778 (source 0.900, target
      // 0.822) on the merged code of session 16; fixed by kind in session 17 (actors17): 0.833 (0.911, 0.867).
      new Floors("Blind actor probes, round 16", "/blind-actor-probes-round16.tsv", 0.81, 0.89, 0.85),
      // Round 17 (written blind for the session-17 end measurement): measured once at 0.856 (source 0.900, target
      // 0.878) on the merged code of session 17; fixed by kind in session 18 (actors18): 0.944 (0.967, 0.956).
      new Floors("Blind actor probes, round 17", "/blind-actor-probes-round17.tsv", 0.92, 0.94, 0.93),
      // Round 18 (written blind for the session-18 end measurement): measured once at 0.811 (source 0.900, target
      // 0.822) on the merged code of session 18; fixed by kind in session 19 (actors19): 0.933 (0.944, 0.933).
      new Floors("Blind actor probes, round 18", "/blind-actor-probes-round18.tsv", 0.91, 0.92, 0.91),
      // Round 19 (written blind for the session-19 end measurement): measured once at 0.878 (source 0.956, target
      // 0.889) on the merged code of session 19; fixed by kind in session 20 (actors20): 0.967 (0.978, 0.978).
      new Floors("Blind actor probes, round 19", "/blind-actor-probes-round19.tsv", 0.95, 0.96, 0.96),
      // Round 20 (written blind for the session-20 end measurement): measured once at 0.767 (source 0.822, target
      // 0.767) on the merged code of session 20; fixed by kind in session 21 (actors21): 0.922 (0.944, 0.922).
      new Floors("Blind actor probes, round 20", "/blind-actor-probes-round20.tsv", 0.91, 0.93, 0.91),
      // Round 21 (written blind for the session-21 end measurement): measured once at 0.744 (source 0.833, target
      // 0.789) on the merged code of session 21; fixed by kind in session 22 (actors22): 0.867 (0.922, 0.889).
      new Floors("Blind actor probes, round 21", "/blind-actor-probes-round21.tsv", 0.85, 0.91, 0.87),
      // Round 22 (written blind for the session-22 end measurement): measured once at 0.767 (source 0.844, target
      // 0.822) on the merged code of session 22; fixed by kind in session 23 (actors23): 0.867 (0.922, 0.900).
      new Floors("Blind actor probes, round 22", "/blind-actor-probes-round22.tsv", 0.85, 0.91, 0.89),
      // Round 23 (written blind for the session-23 end measurement): measured once at 0.789 (source 0.889, target
      // 0.800) on the merged code of session 23.
      new Floors("Blind actor probes, round 23", "/blind-actor-probes-round23.tsv", 0.77, 0.87, 0.78),
      // Session 15: parties routed in an "after" clause (RoutedParties), embassies and consulates as the state they
      // serve (Missions), acts "committed by" a force (CommittedActs), breaks in relations "with" (RelationPartners),
      // verbs after a comma-set relative clause (RelativeSubjects), forces "sent by" a named body (SentForces), goods
      // "bound for" a party (BoundFor), government garrisons, branding and declaring a party a name; first measured
      // 0.510 (source 0.740, target 0.573), 0.740 (0.833, 0.792) after the session-15 fixes.
      new Floors("Blind actor probes, session 15", "/blind-actor-probes-s15.tsv", 0.71, 0.80, 0.76),
      // Session 16: titles hung after their first word ("charge d'affaires"), a state's own communities, unions named
      // in full (UnionNames), a leader's own minister, land and captives "held/administered by" a party (HeldBy),
      // popes (VAT), student protesters, news websites, missions, and lexicon rows for sackings, trade freezes,
      // suspensions, greetings of the Pope, sinkings; first measured 0.312 (source 0.602, target 0.387), 0.677
      // (0.817, 0.699) after the session-16 fixes.
      new Floors("Blind actor probes, session 16", "/blind-actor-probes-s16.tsv", 0.65, 0.79, 0.67),
      // Session 17: a state's own embassy "in" a capital targets the host (Missions.hosted), movements' positions
      // tagged as adjectives (Installations), a single "fighter" in a story about aircraft is MIL (FighterCraft), the
      // people a vehicle carries are the target of an attack on it (Passengers), conscripts are MIL, a bare "by police"
      // in a passive act of violence is that country's police (CountrylessAgents); first measured 0.527 (source
      // 0.731, target 0.591), 0.613 (0.753, 0.667) after the session-17 fixes.
      new Floors("Blind actor probes, session 17", "/blind-actor-probes-s17.tsv", 0.59, 0.73, 0.64),
      // Session 18: a place an army owns is the army's (PossessedSites), chamber names as LEG, rights monitors' reports
      // of abuses as their accusations (MonitorReports), subjects of "backed by" participles (ParticipleSubjects),
      // "Eritrean-held territory" (HeldAreas), "their own comrades" (OwnSide), interceptions, courts annulling and
      // legislatures ousting; first measured 0.430 (source 0.550, target 0.460), 0.780 (0.830, 0.780) after the fixes.
      new Floors("Blind actor probes, session 18", "/blind-actor-probes-s18.tsv", 0.76, 0.81, 0.76),
      // Session 19: the party fought "after heavy fighting with" it (RoutedParties), targets in a relative clause on
      // the object (RelativeTargets), newspapers and broadcasters as their country's MED (StateMedia), two objects of
      // handing (DoubleObjects), "kept up their shelling of" (PossessedGerunds), the "with" partner of suspended
      // cooperation (ActivityPartners), ships as objects of participle clauses, vessels ramming and torpedoing;
      // first measured 0.647 (source 0.804, target 0.686), 0.882 (0.902, 0.892) after the session-19 fixes.
      new Floors("Blind actor probes, session 19", "/blind-actor-probes-s19.tsv", 0.86, 0.88, 0.87),
      // Session 20: military hardware and sites as their armed forces (agents.tsv, Installations, HeadAgents), a
      // struck facility named by its city (SiteTargets), firing across a border at posts, rulers' styles in tagged
      // names and crown princes as GOV, courts ordering associations closed with an unknown name standing for its
      // apposition, the party a visit is made to see (VisitPurposes), students at a university named after its city
      // (Campuses), cut links and withdrawn trade status; first measured 0.702 (source 0.787, target 0.766), 0.872
      // (0.915, 0.915) after the session-20 fixes.
      new Floors("Blind actor probes, session 20", "/blind-actor-probes-s20.tsv", 0.85, 0.89, 0.89),
      // Session 21: forces and monitors leaving a country by a verb of motion with the country as target
      // (PlacesLeft.leftBySubject), columns and convoys as their troops (CountedNouns), air bases, airfields and air
      // defence sites as the armed forces (Installations), national contingents of an international force
      // (NationalContingents), the "with" party of a scrapped or suspended agreement (ActivityPartners), a state taken
      // off a list, a passive's "by" agent meeting a row's subject condition (TriggerFinder), a joint project's partner
      // in a relative clause on the place left (RelativeTargets); first measured 0.323 (source 0.548, target 0.333),
      // 0.602 (0.785, 0.613) after the session-21 fixes.
      new Floors("Blind actor probes, session 21", "/blind-actor-probes-s21.tsv", 0.58, 0.76, 0.59),
      // Session 22: national guardsmen as MIL, the subject pronoun of a relative clause ("whom they seized"), attacks
      // in a district, quarter or compass point of a city aimed at its country (AttackedPlaces), airspace closed "to"
      // a nationality (ArgumentRepairs.shutTo), fighters advancing on a town of a named country (AdvancePlaces),
      // hyphen-split names (HyphenWords), paramilitary forces by name, courts ordering the government, telling a
      // counterpart by telephone, sacking a deputy; first measured 0.352 (source 0.543, target 0.448), 0.581 (0.724,
      // 0.610) after the session-22 fixes.
      new Floors("Blind actor probes, session 22", "/blind-actor-probes-s22.tsv", 0.56, 0.70, 0.59),
      // Session 23: an attack named by a nationality as that state's armed forces (AttackForces), the government of a
      // named president (LedGovernments), police raiding offices named with their city (PremisesPlaces), a participle
      // clause after the main clause done by its subject (FreeAdjuncts), a dispute with a state taken to a court, a
      // proposal passed "to" envoys, a journey to be received by a host (GreetedVisitors), beating back an attack,
      // courts ordering a titled holder, defending a former leader's immunity or pardon; first measured 0.464 (source
      // 0.645, target 0.573), 0.718 (0.800, 0.782) after the session-23 fixes.
      new Floors("Blind actor probes, session 23", "/blind-actor-probes-s23.tsv", 0.70, 0.78, 0.76));

  static List<Floors> files() { return FILES; }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void codesTheActorsOfEachProbeFileAboveItsFloors(Floors f) {
    ActorProbeRun run = new ActorProbeRun(pipeline, ActorProbes.load(f.resource()));
    System.out.println(f.title() + ":\n" + run.report());
    assertTrue(run.hitRate() >= f.minHits(),
        () -> String.format(Locale.ROOT, "%s: hit rate %.3f below floor %.3f", f.resource(), run.hitRate(), f.minHits()));
    assertTrue(run.sourceHitRate() >= f.minSource(), () -> String.format(Locale.ROOT,
        "%s: source rate %.3f below floor %.3f", f.resource(), run.sourceHitRate(), f.minSource()));
    assertTrue(run.targetHitRate() >= f.minTarget(), () -> String.format(Locale.ROOT,
        "%s: target rate %.3f below floor %.3f", f.resource(), run.targetHitRate(), f.minTarget()));
  }
}
