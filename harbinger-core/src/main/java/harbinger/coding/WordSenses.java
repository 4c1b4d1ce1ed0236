package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Word senses that the lexicon's context conditions cannot tell apart, because they depend on the syntax around the
 * trigger or on named-entity tags rather than on nearby words. Given the lexicon entry that matched a trigger, it
 * keeps the entry, re-codes it, or rejects it (the trigger finder then tries the trigger's next entry). Stateless.
 * <ul>
 *   <li>Fighting an emotion or a bodily state is no violence: "fought back tears", "fought off sleep".</li>
 *   <li>A rally of one's own (a politician's, "my rallies") or one in a sentence about an election campaign, with
 *       nothing of protest about it, is a campaign event, not a demonstration.</li>
 *   <li>Crowds that take to the streets, march or gather to welcome, greet or celebrate do not protest.</li>
 *   <li>Seizing or capturing a person is an arrest (173) or, by an armed group, an abduction (181); seizing a town or
 *       a piece of territory is occupying it (192), not confiscating property (171).</li>
 *   <li>Releasing aid is giving it (070), not freeing captives (0841); releasing a report or a video is publishing
 *       it, neither.</li>
 *   <li>A strike on a place or a military target is a military strike (190), not a labour strike; striking a place
 *       or a site is an attack unless a natural force strikes.</li>
 *   <li>Receiving a thing ("a briefing from the secretary") is not hosting a visit.</li>
 *   <li>"Called him" with no complement is a telephone call; "called him a liar" is not.</li>
 *   <li>"Called off" or "put off" is a cancellation, not a call or an appeal ({@link CancelledEvents}).</li>
 *   <li>Speaking near a telephone word is a telephone call only when done by telephone ({@link PhoneCalls}).</li>
 *   <li>A fight, battle, war or clash of words, votes or lawsuits is no fighting ({@link WordContests}).</li>
 *   <li>A bomb that explodes is a car, roadside or suicide bombing when its name says so ({@link BombKinds}).</li>
 *   <li>Harm done by a flood, a storm, a disease or an accident is no act of force ({@link NaturalCauses}).</li>
 *   <li>An attack by gunmen is one with small arms; killing a titled leader is an assassination ({@link AttackKinds}).</li>
 *   <li>An attack a person survived or escaped is an attempt on that person's life ({@link Survivals}).</li>
 *   <li>A crime by a robber, a burglar or a thief on a private person is no political event ({@link PrivateCrimes}).</li>
 *   <li>Attacking an idea is criticising it; fighting an illness, a fire or a hardship is no event
 *       ({@link ThingContests}).</li>
 *   <li>A meeting, an attack or a rout in a match is sport, not politics ({@link SportsSenses}).</li>
 *   <li>An attack whose subject is a bomb, a suicide attacker or a car packed with explosives is that bombing
 *       ({@link BombKinds#bySubject}).</li>
 *   <li>An order to another party is a demand, one to one's own forces a military move ({@link Orders}).</li>
 *   <li>A warning is a threat only when addressed to a party ({@link WarnedParties}).</li>
 *   <li>The aid that is cut is of the kind its own modifiers name ({@link AidKinds}).</li>
 *   <li>An act told by a film, a play or an exhibition, or done by a character, is no news ({@link Depictions}).</li>
 *   <li>Force done to a problem, a market or a germ, or by a product or a medicine, is a figure
 *       ({@link FigurativeForce}).</li>
 * </ul>
 */
final class WordSenses {
  private WordSenses() {}

  /** Objects of "fight" that are feelings or states of the body. */
  private static final Set<String> INNER_STATES = Set.of("tear", "tears", "emotion", "emotions", "urge", "urges",
      "laughter", "smile", "sleep", "temptation", "fatigue", "exhaustion", "nausea", "instinct", "impulse", "nerves",
      "panic", "fear", "fears", "yawn", "sob", "sobs", "giggle", "giggles", "boredom", "lag", "cold", "flu");

  private static final Set<String> CAMPAIGN = Set.of("campaign", "campaigning", "primary", "primaries", "caucus",
      "caucuses", "voter", "voters", "candidate", "candidates", "nominee", "stump", "reelection", "re-election",
      "presidential", "electoral", "delegate", "delegates", "ballot", "poll", "polls");
  private static final Set<String> PROTEST = Set.of("against", "protest", "protester", "protesters", "protestor",
      "protestors", "demonstrator", "demonstrators", "demonstration", "demand", "denounce", "condemn", "chant",
      "slogan", "slogans", "placard", "placards", "banner", "banners", "opposition", "oppose", "police", "riot",
      "tear", "clash", "clashes", "march");

  private static final Set<String> WELCOMING = Set.of("welcome", "greet", "celebrate", "cheer", "applaud", "watch",
      "see", "thank", "receive", "meet", "hail");

  /** Common nouns naming people, as objects of "seize" or "capture". */
  private static final Set<String> PEOPLE = Set.of("man", "men", "woman", "women", "child", "children", "boy", "boys",
      "girl", "girls", "person", "people", "worker", "workers", "journalist", "journalists", "reporter", "reporters",
      "tourist", "tourists", "suspect", "suspects", "leader", "leaders", "official", "officials", "commander",
      "commanders", "soldier", "soldiers", "civilian", "civilians", "activist", "activists", "citizen", "citizens",
      "national", "nationals", "foreigner", "foreigners", "passenger", "passengers", "crew", "sailor", "sailors",
      "fisherman", "fishermen", "student", "students", "priest", "priests", "doctor", "doctors", "engineer",
      "engineers", "businessman", "businessmen", "diplomat", "diplomats", "officer", "officers", "member", "members",
      "militant", "militants", "fighter", "fighters", "rebel", "rebels", "smuggler", "smugglers", "migrant",
      "migrants", "him", "her");

  /** Things released that are aid, not captives: "before the assistance is released". */
  private static final Set<String> AID = Set.of("aid", "assistance", "relief", "help", "supplies", "food", "medicine",
      "medicines", "grain", "vaccine", "vaccines");

  /** Things released that are published, not freed or returned: "released a 40-page report". */
  private static final Set<String> PUBLISHED = Set.of("report", "statement", "video", "footage", "data", "figure",
      "photo", "photograph", "image", "picture", "document", "finding", "list", "study", "survey", "result",
      "transcript", "recording", "audio", "tape", "album", "book", "film", "detail", "name", "letter", "memo",
      "analysis", "record", "text", "version", "guideline", "estimate", "forecast", "poll", "ranking", "index",
      "communique", "declaration", "announcement", "readout", "update", "assessment", "review", "summary", "map",
      "timeline", "account", "testimony", "email", "message", "tweet", "audit", "investigation", "paper", "plan");

  /** Subjects that make the seizure of a person an abduction rather than an arrest. */
  private static final Set<String> ARMED_GROUPS = Set.of("militant", "militants", "gunman", "gunmen", "rebel",
      "rebels", "insurgent", "insurgents", "kidnapper", "kidnappers", "pirate", "pirates", "jihadist", "jihadists",
      "terrorist", "terrorists", "extremist", "extremists", "abductor", "abductors", "bandit", "bandits", "assailant",
      "assailants", "attacker", "attackers", "captor", "captors", "fighter", "fighters", "militia", "militias",
      "militiaman", "militiamen");

  /** Objects of "seize" or "capture" that are places held by force. */
  private static final Set<String> PLACES = Set.of("town", "towns", "city", "cities", "village", "villages",
      "territory", "area", "areas", "region", "province", "district", "capital", "base", "bases", "airport",
      "airbase", "port", "island", "islands", "hill", "border", "crossing", "checkpoint", "control", "oilfield",
      "oilfields", "bridge", "stronghold", "outpost", "outposts", "position", "positions", "neighborhood",
      "neighbourhood", "highway", "road", "dam", "refinery");
  private static final Set<String> PLACE_NER = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");

  /** Targets of a military strike that are not places by name. */
  private static final Set<String> MILITARY_TARGETS = Set.of("position", "positions", "base", "bases", "target",
      "targets", "camp", "camps", "depot", "depots", "convoy", "convoys", "facility", "facilities", "site", "sites",
      "stronghold", "strongholds", "militant", "militants", "rebel", "rebels", "hideout", "hideouts", "airfield",
      "airbase", "compound", "headquarters", "installation", "installations");

  /** Verbs of casualties, whose cause may be named in a clause or a by-phrase. */
  private static final Set<String> CASUALTIES = Set.of("kill", "wound", "injure", "maim");

  /** CAMEO roots whose verbs sport borrows: meeting, resigning, threatening, cutting ties, coercing, beating, attacking. */
  private static final Set<String> SPORTING = Set.of("04", "08", "13", "16", "17", "18", "19", "20");

  /** CAMEO roots of force, whose words business, medicine and sport borrow ({@link FigurativeForce}). */
  private static final Set<String> FORCE = Set.of("18", "19", "20");

  /** CAMEO roots of force and coercion, which only parties can use. */
  private static final Set<String> MATERIAL_CONFLICT = Set.of("16", "17", "18", "19", "20");

  /** The trigger to record for {@code e} matched at token {@code i}, re-coded if need be, or null to reject it. */
  static @Nullable Trigger sense(SentenceGraph g, int i, LexiconEntry e) {
    String lemma = g.lemma(i);
    String code = e.code();
    if (!e.noun() && (MATERIAL_CONFLICT.contains(code.substring(0, 2)) || code.startsWith("11")) && NaturalCauses.caused(g, i)) return null;
    if (SPORTING.contains(code.substring(0, 2)) && SportsSenses.sporting(g, i)) return null;
    if (code.startsWith("13") && Forecasts.forecast(g, i)) return null;
    if (!e.noun() && MATERIAL_CONFLICT.contains(code.substring(0, 2)) && PrivateCrimes.between(g, i)) return null;
    if (!e.noun() && (code.startsWith("19") || code.startsWith("11"))) {
      // the lexicon may already read "attacked the plan" as criticism; a business's criticism is still no event
      String thing = ThingContests.of(g, i);
      if (thing != null && thing.isEmpty()) return null;
      if (thing != null && code.startsWith("19")) return recoded(i, e, thing);
    }
    if (MarketFigures.figure(g, i, code) || e.noun() && FixedFigures.frozen(g, i)) return null;
    if (FORCE.contains(code.substring(0, 2)) && FigurativeForce.figurative(g, i)) return FigurativeForce.criticism(g, i) ? recoded(i, e, "111") : null;
    if ((code.startsWith("18") || code.startsWith("19")) && !code.equals("186") && Survivals.survivor(g, i) != null) {
      return recoded(i, e, Survivals.ATTEMPT);
    }
    if (code.compareTo("14") >= 0 && Depictions.told(g, i)) return null;
    if (code.startsWith("11") && FigurativeForce.atMarket(g, i)) return null;
    if (code.startsWith("171") && !e.noun() && FigurativeForce.ofMarket(g, i)) return null;
    if (!e.noun() && Orders.VERBS.contains(lemma) && !Orders.fits(g, i, code)) return null;
    if (!e.noun() && WarnedParties.needsAddressee(e) && !WarnedParties.addressed(g, i)) return null;
    if (!e.noun()) {
      String aid = AidKinds.of(g, i, code);
      if (aid != null) return recoded(i, e, aid);
    }
    if (code.startsWith("19") && !e.noun() && (lemma.equals("fight") || lemma.equals("battle"))
        && innerState(g, i)) {
      return null;
    }
    if (code.startsWith("19") && WordContests.CONTESTS.contains(lemma) && WordContests.ofWords(g, i)) return null;
    if (code.startsWith("14") && lemma.equals("rally") && e.noun() && campaignRally(g, i)) return null;
    if (code.startsWith("14") && welcoming(g, i)) return null;
    if (lemma.equals("release") && code.equals("0841") && !e.noun()) {
      Integer o = TriggerFinder.objectHead(g, i, false);
      if (o != null && AID.contains(g.lemma(o))) return recoded(i, e, "070");
    }
    if (lemma.equals("release") && code.startsWith("084") && !e.noun()) {
      Integer o = TriggerFinder.objectHead(g, i, false);
      if (o != null && PUBLISHED.contains(g.lemma(o))) return null;
    }
    if ((lemma.equals("seize") || lemma.equals("capture")) && !e.noun()) {
      Integer o = patient(g, i);
      if (o != null && (code.startsWith("19") || code.startsWith("17")) && !code.equals("173") && person(g, o)) {
        return recoded(i, e, armedSubject(g, i) ? "181" : "173");
      }
      if (o != null && code.startsWith("171") && place(g, o) && !controlOfAssets(g, o)) return recoded(i, e, "192");
    }
    if (lemma.equals("strike") && e.noun()) {
      boolean military = militaryTarget(g, i);
      if (code.startsWith("143") && military) return recoded(i, e, "190");
      if (code.equals("190") && checked(e) && !military) return null;
    }
    if (lemma.equals("strike") && !e.noun() && code.equals("190") && checked(e)
        && !(struckTarget(g, i) && armedStriker(g, i))) {
      return null;
    }
    if (!e.noun() && (code.startsWith("19") || code.startsWith("171"))) {
      String kind = BombKinds.bySubject(g, i);
      if (kind != null) return recoded(i, e, kind);
    }
    if (!e.noun()) {
      String kind = AttackKinds.of(g, i, code);
      if (kind != null) return recoded(i, e, kind);
    }
    if (code.startsWith("183")) {
      String kind = e.noun() ? BombKinds.ownKind(g, i) : code.equals("183") ? BombKinds.of(g, i) : null;
      if (kind != null && !kind.equals(code)) return recoded(i, e, kind);
    }
    if (code.equals("190") && !e.noun() && CASUALTIES.contains(lemma)) {
      String kind = BombKinds.cause(g, i);
      if (kind != null) return recoded(i, e, kind);
    }
    if (lemma.equals("receive") && code.equals("043") && !e.noun() && receivesAThing(g, i)) return null;
    if (code.equals("041") && !e.noun() && PhoneCalls.VERBS.contains(lemma) && !PhoneCalls.byPhone(g, i)) return null;
    if (lemma.equals("call") && code.equals("041") && checked(e) && complemented(g, i)) return null;
    // "called off the talks", "put off the visit": a cancellation, not a call for the meeting or a telephone call
    if (!e.noun() && !"off".equals(e.particle()) && CancelledEvents.cancelling(g, i) && CancelledEvents.hasOff(g, i)) return null;
    return new Trigger(i, e);
  }

  /** The entry comes from {@code senses.tsv}, whose entries are candidates that this class must confirm. */
  private static boolean checked(LexiconEntry e) {
    String origin = e.origin();
    int colon = origin.lastIndexOf(':');
    String file = colon < 0 ? origin : origin.substring(0, colon);
    return file.equals(SENSES_FILE) || file.endsWith("/" + SENSES_FILE);
  }

  static final String SENSES_FILE = "senses.tsv";

  private static Trigger recoded(int i, LexiconEntry e, String code) {
    return new Trigger(i, new LexiconEntry(code, e.lemma(), e.noun(), e.particle(), e.conditions(), e.symmetric(),
        e.origin() + " (sense " + code + ")"));
  }

  private static boolean innerState(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      if ((g.relation(c).equals("obj") || g.baseRelation(c).equals("obl")) && INNER_STATES.contains(g.lemma(c))) return true;
    }
    return false;
  }

  /** A possessed rally ("his rallies") or one in a sentence about a campaign, with no word of protest in the sentence. */
  private static boolean campaignRally(SentenceGraph g, int i) {
    boolean campaign = g.child(i, "nmod:poss") != null;
    for (int k = 0; k < g.size(); k++) {
      String w = g.lemma(k);
      if (partyOfOpposition(g, k)) continue;
      if (PROTEST.contains(w) || w.startsWith("anti")) return false;
      if (CAMPAIGN.contains(w) || CAMPAIGN.contains(g.word(k).toLowerCase(java.util.Locale.ROOT))) campaign = true;
    }
    return campaign;
  }

  /** Bodies named by "opposition" that campaign as well as protest: "the opposition party", "the opposition candidate". */
  private static final Set<String> CONTENDERS = Set.of("party", "parties", "candidate", "candidates", "coalition",
      "alliance", "bloc", "leader", "nominee");

  /** "opposition" only naming the party or candidate that holds the rally says nothing of protest. */
  private static boolean partyOfOpposition(SentenceGraph g, int k) {
    int h = g.head(k);
    return g.lemma(k).equals("opposition") && h >= 0 && CONTENDERS.contains(g.lemma(h))
        && (g.relation(k).equals("compound") || g.relation(k).equals("amod"));
  }

  /** The protest-like act has a purpose clause of welcoming or celebrating: "took to the streets to welcome". */
  private static boolean welcoming(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      if ((rel.startsWith("advcl") || rel.equals("xcomp")) && g.hasMarker(c, "to") && WELCOMING.contains(g.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What is seized: the object, the passive subject, or for a passive participle without one the noun it describes
   * ("the man captured in ...") or the subject of the clause it qualifies ("X was shown after being captured").
   */
  private static @Nullable Integer patient(SentenceGraph g, int i) {
    Integer o = TriggerFinder.objectHead(g, i, false);
    if (o != null) return o;
    int h = g.head(i);
    if (h < 0 || !g.token(i).pos().equals("VBN")) return null;
    String rel = g.relation(i);
    if (rel.startsWith("acl") && g.token(h).isNoun()) return h;
    if (rel.startsWith("advcl") && g.child(i, "aux:pass") != null) {
      Integer s = g.subject(h);
      return s != null ? s : g.child(h, "nsubj:pass");
    }
    return null;
  }

  private static boolean person(SentenceGraph g, int o) {
    String ner = g.token(o).ner();
    return ner.equals("PERSON") || PEOPLE.contains(g.lemma(o)) || PEOPLE.contains(g.word(o).toLowerCase(java.util.Locale.ROOT));
  }

  /** Things owned and run, whose control is a matter of property: "control of the oil projects". */
  private static final Set<String> ASSETS = Set.of("project", "company", "firm", "asset", "property", "field",
      "plant", "factory", "mine", "bank", "operation", "business", "refinery", "subsidiary", "newspaper", "station");

  /** "seized control of oil projects": control of a thing that is no place is confiscation, not occupation. */
  private static boolean controlOfAssets(SentenceGraph g, int o) {
    if (!g.lemma(o).equals("control")) return false;
    for (int c : g.children(o)) {
      if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))) return ASSETS.contains(g.lemma(c));
    }
    return false;
  }

  private static boolean place(SentenceGraph g, int o) {
    return PLACES.contains(g.lemma(o)) || PLACE_NER.contains(g.token(o).ner());
  }

  /** The subject, or for a passive the agent ("by gunmen"), is an armed group. */
  private static boolean armedSubject(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null) {
      for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) s = c;
    }
    return s != null && ARMED_GROUPS.contains(g.lemma(s));
  }

  /** A "strike on" or "strike against" a named place or a military target: "the strike on Syria". */
  private static boolean militaryTarget(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      if (!g.baseRelation(c).equals("nmod")) continue;
      String marker = g.caseMarker(c);
      if (!"on".equals(marker) && !"against".equals(marker)) continue;
      if (PLACE_NER.contains(g.token(c).ner()) || MILITARY_TARGETS.contains(g.lemma(c))) return true;
    }
    return false;
  }

  /** The object of "strike" is a named place, a site or a military target: "strike 52 Iranian sites". */
  private static boolean struckTarget(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj");
    return o != null && (PLACE_NER.contains(g.token(o).ner()) || MILITARY_TARGETS.contains(g.lemma(o))
        || g.lemma(o).equals("site") || g.lemma(o).equals("sites"));
  }

  private static final Set<String> NATURAL_FORCES = Set.of("earthquake", "quake", "storm", "hurricane", "typhoon",
      "cyclone", "flood", "floods", "tornado", "virus", "disease", "pandemic", "epidemic", "outbreak", "tragedy",
      "disaster", "fire", "lightning", "tsunami", "drought", "crisis", "recession", "wave", "heatwave", "famine");

  /** Who strikes (the subject, or for "threatened to strike" the subject of the governing verb) is no natural force. */
  private static boolean armedStriker(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null && g.relation(i).equals("xcomp") && g.head(i) >= 0) s = g.subject(g.head(i));
    return s != null && !NATURAL_FORCES.contains(g.lemma(s));
  }

  /** Who or what is received as a visitor ("received the delegation", "received a warm welcome from the king"). */
  private static final Set<String> GUESTS = Set.of("delegation", "delegations", "visitor", "visitors", "guest",
      "guests", "envoy", "envoys", "counterpart", "counterparts", "president", "minister", "leader", "leaders", "king",
      "emir", "prince", "premier", "chancellor", "secretary", "ambassador", "ambassadors", "welcome", "mission",
      "team", "group", "head", "chief", "crown", "queen", "sheikh", "sultan", "monarch", "pope");

  /** "received a classified briefing from the secretary": the object is a thing, the official only its giver. */
  private static boolean receivesAThing(SentenceGraph g, int i) {
    Integer o = g.child(i, "obj");
    return o != null && g.token(o).isNoun() && !g.token(o).isProperNoun() && !person(g, o)
        && !GUESTS.contains(g.lemma(o)) && !g.token(o).ner().equals("TITLE");
  }

  /** "called him a liar", "called them to testify", "called him back": a naming, a summons or no plain call. */
  private static boolean complemented(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("compound:prt") || rel.equals("obj:pred")) return true;
      if (rel.startsWith("advcl") && g.hasMarker(c, "to")) return true;
    }
    return false;
  }
}
