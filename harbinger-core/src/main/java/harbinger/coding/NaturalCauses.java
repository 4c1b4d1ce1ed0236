package harbinger.coding;

import java.util.Set;

/**
 * Harm that no party does: deaths and destruction caused by a natural force, a disease or a traffic accident
 * ("Typhoon Haiyan killed thousands", "Floods destroyed hundreds of homes", "A heat wave killed 500 people",
 * "were killed when a bus plunged into a ravine"). CAMEO codes what actors do to each other; a flood is no actor,
 * so the violent sense of the verb does not apply. A fire is such a force too ("A fire in a night club killed 100",
 * "were killed when a fire broke out"), unless a modifier names who fired ("Israeli fire", "army fire"); so are an
 * explosion named by its fuel or plant ("a gas explosion", not "an explosion") and a structure that collapses ("a
 * building collapsed, killing eight"), a plant that blows up ("a fireworks factory blew up"), pests and wild animals
 * ("locusts destroyed crops", "a tiger killed two villagers") and, in a figure, economic forces ("inflation is
 * killing the middle class"). Stateless.
 */
final class NaturalCauses {
  private NaturalCauses() {}

  /** Heads (or modifiers of the head: "heat wave", "Typhoon Haiyan") of a natural or accidental doer. */
  static final Set<String> FORCES = Set.of("earthquake", "earthquakes", "quake", "quakes", "tremor", "aftershock",
      "storm", "storms", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tornado",
      "tornadoes", "flood", "floods", "flooding", "monsoon", "rain", "rains", "rainfall", "snow", "snowstorm",
      "blizzard", "avalanche", "landslide", "landslides", "mudslide", "mudslides", "tsunami", "drought", "eruption",
      "volcano", "lightning", "heat", "heatwave", "cold", "frost", "wildfire", "wildfires", "bushfire", "bushfires",
      "blaze", "virus", "coronavirus", "covid", "covid-19", "pandemic", "epidemic", "outbreak", "disease",
      "cholera", "ebola", "malaria", "measles", "flu", "influenza", "illness", "infection", "famine", "accident",
      "cancer", "tumour", "tumor", "leukaemia", "leukemia",
      "crash", "collision", "derailment", "stampede", "smog", "pollution",
      // smoke and fumes of a fire or a leak ("toxic smoke forced villagers to flee"), which no party wields
      "smoke", "fumes",
      // pests ("Locusts destroyed crops")
      "locust", "locusts", "pest", "pests", "insect", "insects", "caterpillar", "caterpillars",
      // economic forces, which "kill" or "destroy" only in a figure ("inflation is killing the middle class")
      "inflation", "hyperinflation", "recession", "depression", "unemployment", "poverty", "devaluation");

  /** Wild animals, which kill without being parties: "a tiger killed two villagers". */
  private static final Set<String> ANIMALS = Set.of("tiger", "tigers", "elephant", "elephants", "lion", "lions",
      "leopard", "leopards", "crocodile", "crocodiles", "shark", "sharks", "snake", "snakes", "bear", "bears", "wolf",
      "wolves", "hippo", "hippos", "hippopotamus", "jaguar", "hyena", "hyenas");

  /** Fires, natural unless a modifier names a shooter. */
  private static final Set<String> FIRES = Set.of("fire", "fires", "inferno", "flames");

  /** Modifiers of "fire" that make it gunfire: "army fire", "tank fire", "fire from troops". */
  private static final Set<String> SHOOTERS = Set.of("army", "police", "troop", "troops", "soldier", "soldiers",
      "tank", "artillery", "sniper", "gun", "machine-gun", "machinegun", "rifle", "rocket", "mortar", "enemy",
      "hostile", "naval", "security", "government", "rebel", "militant", "militia", "small-arms", "automatic",
      "heavy", "friendly", "cross", "cannon", "helicopter", "gunship");

  /** Explosions and blasts, accidental when a modifier names a fuel or a plant: "a gas explosion", "a boiler blast". */
  private static final Set<String> BLASTS = Set.of("explosion", "explosions", "blast", "blasts");
  private static final Set<String> FUELS = Set.of("gas", "methane", "boiler", "coal-dust", "dust", "chemical",
      "fuel", "pipeline", "cylinder", "firework", "fireworks", "fertiliser", "fertilizer", "industrial", "accidental",
      "propane", "butane", "oxygen", "furnace", "reactor",
      // stored chemicals named by an "of" phrase: "an explosion of ammonium nitrate stored at the port"
      "nitrate", "ammonium", "ammonia");

  /** Plants and stores that blow up by accident: "a fireworks factory blew up", "the refinery exploded". */
  private static final Set<String> PLANTS = Set.of("factory", "plant", "warehouse", "refinery", "mine", "pipeline",
      "boiler", "cylinder", "tanker", "workshop", "mill", "reactor", "furnace");
  /** Mines, pits and rigs, where a blast "in", "at" or "on" them is an accident (not a landmine: "a mine blast"). */
  private static final Set<String> WORKINGS = Set.of("mine", "colliery", "pit", "quarry", "shaft", "rig", "platform",
      "oilfield", "well");
  private static final Set<String> WORKING_CASES = Set.of("in", "at", "on");
  private static final Set<String> SELF_BLASTS = Set.of("blow", "explode", "detonate", "burst");

  /** Structures that collapse: "a building collapsed in Lagos, killing eight". */
  private static final Set<String> STRUCTURES = Set.of("building", "buildings", "house", "houses", "roof", "wall",
      "walls", "bridge", "dam", "tower", "block", "stand", "stadium", "school", "factory", "church", "mosque",
      "temple", "hotel", "mall", "tunnel", "shaft", "mine", "embankment", "scaffolding", "crane");
  private static final Set<String> COLLAPSES = Set.of("collapse", "cave", "crumble", "burst", "fall", "give");

  /** Vehicles whose mishaps kill: "when a bus plunged into a ravine". */
  private static final Set<String> VEHICLES = Set.of("bus", "minibus", "train", "car", "truck", "lorry", "plane",
      "aircraft", "airliner", "jet", "helicopter", "boat", "ferry", "ship", "vessel", "vehicle", "van", "coach",
      "tanker", "motorcycle",
      // airliners by their maker or type: "a Boeing 737 crashed", "an Air France Concorde crashed"
      "boeing", "airbus", "concorde", "tupolev", "ilyushin", "antonov", "fokker", "embraer", "cessna");
  /** Road and rail vehicles, whose collisions are accidents (aircraft and ships may be warcraft). */
  private static final Set<String> CIVIL_VEHICLES = Set.of("bus", "minibus", "train", "car", "truck", "lorry", "van",
      "coach", "tram", "motorcycle", "locomotive");
  private static final Set<String> MISHAPS = Set.of("plunge", "crash", "overturn", "capsize", "sink", "collide",
      "derail", "veer", "skid", "fall", "topple", "roll", "catch", "smash", "hit", "slam", "plough", "plow");

  /** Whether the violent act of verb {@code i} is done by a natural force or happened in an accident. */
  static boolean caused(SentenceGraph g, int i) {
    Integer doer = g.subject(i);
    if (doer == null) {
      for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) doer = c;
    }
    if (doer != null && natural(g, doer)) return true;
    // "a freight train slammed into a lorry": a road or rail vehicle's own mishap, unless it is a bomb ("a car packed
    // with explosives hit the gate")
    if (doer != null && MISHAPS.contains(g.lemma(i)) && CIVIL_VEHICLES.contains(g.lemma(doer)) && BombKinds.bySubject(g, i) == null) {
      return true;
    }
    // "a fireworks factory blew up": a plant or a store that explodes by itself, with nothing blown up
    if (doer != null && SELF_BLASTS.contains(g.lemma(i)) && g.child(i, "obj") == null && plant(g, doer)) {
      return true;
    }
    // "a bus plunged into a ravine, killing 32", "the storm hit the coast, killing 30": the participle's doer is the
    // subject of the clause it follows
    String rel = g.relation(i);
    if (doer == null && (rel.startsWith("advcl") || rel.equals("xcomp") || participle(g, i) || gerundConjunct(g, i)) && g.head(i) >= 0) {
      int h = g.head(i);
      // "crashed shortly after taking off, killing all on board": through a subjectless clause to the one it follows;
      // "crashed shortly after take-off from Paris, killing all": through the words the parser left loose ("dep")
      if (g.subject(h) == null && g.relation(h).startsWith("advcl") && g.head(h) >= 0) h = g.head(h);
      for (int up = 0; up < 4 && g.subject(h) == null && LOOSE.contains(g.relation(h)) && g.head(h) >= 0; up++) h = g.head(h);
      if (accident(g, h)) return true;
    }
    // "Floods swept through villages in Bangladesh, killing 30" (or with the participle made a modifier of the number it
    // takes: "flattened villages, killing thousands"), "an airliner collided with a cargo plane over southern
    // Germany, killing all on board": a participle after a comma that the parser hung on the last noun belongs to the
    // clause; its doer is the subject of the nearest verb above
    if (doer == null && (rel.startsWith("acl") || rel.equals("amod")) && g.token(i).pos().equals("VBG") && i > 0 && g.word(i - 1).equals(",")) {
      int v = g.head(i);
      while (v >= 0 && !g.token(v).pos().startsWith("V")) v = g.head(v);
      if (v >= 0 && (accident(g, v) || misparsedMishap(g, v, i))) return true;
    }
    // "a drunk driver killed three pedestrians": a road death caused by a driver is an accident, not an attack ("rammed"
    // or "ploughed into a crowd" are no verbs of casualties)
    if (doer != null && DRIVERS.contains(g.lemma(doer)) && CASUALTIES.contains(g.lemma(i))) return true;
    // "were killed when a bus plunged into a ravine": a passive with no agent, told by an accident clause
    if (g.child(i, "aux:pass") == null || doer != null) return false;
    for (int c : g.children(i)) {
      if (!g.relation(c).startsWith("advcl") || !introducedByWhen(g, c)) continue;
      Integer s = g.subject(c);
      if (s != null && (natural(g, s) || MISHAPS.contains(g.lemma(c)) && VEHICLES.contains(g.lemma(s))
          || COLLAPSES.contains(g.lemma(c)) && STRUCTURES.contains(g.lemma(s)))) {
        return true;
      }
    }
    return false;
  }

  /** Relations of the words the parser leaves loose between a participle and its clause ("shortly after take-off"). */
  private static final Set<String> LOOSE = Set.of("dep", "advmod");

  /** Doers of road accidents. */
  private static final Set<String> DRIVERS = Set.of("driver", "drivers", "motorist", "motorists", "trucker", "truckers");
  private static final Set<String> CASUALTIES = Set.of("kill", "injure", "wound", "hurt");

  /**
   * Is verb {@code h} the natural or accidental event a casualty participle follows: done by a natural force ("the
   * storm hit the coast"), a vehicle's or a driver's mishap ("a bus plunged into a ravine", "the ferry Estonia sank", "a
   * drunk driver ploughed into a crowd"), a structure's
   * collapse or a plant blowing up by itself?
   */
  private static boolean accident(SentenceGraph g, int h) {
    Integer s = g.subject(h);
    // "an explosion of ammonium nitrate stored at the port tore through": a participle the parser made a clausal subject
    if (s != null && g.token(s).isVerb() && g.subject(s) != null) s = g.subject(s);
    return s != null && (natural(g, s) || MISHAPS.contains(g.lemma(h)) && (vehicle(g, s) || DRIVERS.contains(g.lemma(s)))
        || COLLAPSES.contains(g.lemma(h)) && STRUCTURES.contains(g.lemma(s))
        || SELF_BLASTS.contains(g.lemma(h)) && g.child(h, "obj") == null && plant(g, s));
  }

  /** A plant or store by its head or by the noun before it: "the refinery", "a tanker lorry". */
  private static boolean plant(SentenceGraph g, int s) {
    if (PLANTS.contains(g.lemma(s)) || fuelled(g, s)) return true; // "a fireworks market exploded"
    Integer c = g.child(s, "compound");
    return c != null && PLANTS.contains(g.lemma(c));
  }

  /**
   * A place named by the fuel or goods stored there, where a blast is an industrial accident: "an explosion at a
   * fireworks depot", "a blast at a chemical storage site".
   */
  private static boolean fuelled(SentenceGraph g, int place) {
    for (int c : g.children(place)) {
      String rel = g.baseRelation(c);
      if (!rel.equals("compound") && !rel.equals("amod")) continue;
      if (FUELS.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT)) || fuelled(g, c)) return true;
    }
    return false;
  }

  /** A vehicle by its head or by the common noun before its name: "the bus", "the ferry Estonia". */
  private static boolean vehicle(SentenceGraph g, int s) {
    if (VEHICLES.contains(g.lemma(s))) return true;
    for (int c : g.children(s)) {
      if ((g.relation(c).equals("compound") || g.baseRelation(c).equals("appos")) && VEHICLES.contains(g.lemma(c))) return true;
    }
    return false;
  }

  /** "when" marks the clause, as a mark or (as the parser often has it) as an adverb. */
  private static boolean introducedByWhen(SentenceGraph g, int c) {
    for (int k : g.children(c)) if (g.lemma(k).equals("when") && k < c) return true;
    return false;
  }

  private static boolean natural(SentenceGraph g, int k) {
    if (FIRES.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT))) return !gunfire(g, k);
    if (BLASTS.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT))) {
      for (int c : g.children(k)) {
        String rel = g.baseRelation(c);
        boolean modifier = rel.equals("compound") || rel.equals("amod");
        if (modifier && FUELS.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))) return true;
        if (rel.equals("nmod") && "of".equals(g.caseMarker(c)) && (FUELS.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT)) || fuelled(g, c))) return true;
        // "an explosion at an oil refinery": a blast at a plant is an industrial accident
        if (rel.equals("nmod") && "at".equals(g.caseMarker(c)) && (PLANTS.contains(g.lemma(c)) || fuelled(g, c))) return true;
        // "a blast in a coal mine", "an explosion on an oil rig": a blast in a working is a mining or drilling accident
        if (rel.equals("nmod") && WORKING_CASES.contains(String.valueOf(g.caseMarker(c))) && WORKINGS.contains(g.lemma(c))) return true;
      }
      return false;
    }
    if (FORCES.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT))) return true;
    // a wild animal by its common name ("a tiger killed two villagers"), not a group named after one ("Tamil Tigers")
    if (ANIMALS.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT)) && !g.token(k).isProperNoun()
        && Character.isLowerCase(g.word(k).charAt(0))) {
      return true;
    }
    for (int c : g.children(k)) {
      if (g.relation(c).equals("compound") && FORCES.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  /** "Israeli fire", "army fire", "fire from the troops": a modifier that is a name or a shooter. */
  private static boolean gunfire(SentenceGraph g, int k) {
    for (int c : g.children(k)) {
      String rel = g.baseRelation(c);
      if (rel.equals("nmod") && "from".equals(g.caseMarker(c))) return true;
      boolean modifier = rel.equals("amod") || rel.equals("compound") || g.relation(c).equals("nmod:poss");
      if (!modifier) continue;
      if (g.token(c).pos().startsWith("NNP") || Character.isUpperCase(g.word(c).charAt(0))
          || SHOOTERS.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A present participle the parser left unattached after a comma ("plunged into a ravine, killing 32"). */
  /**
   * "Fire swept through a nightclub, killing 27": a gerund after a comma that the parser conjoined to the verb before
   * it, with no subject of its own; its doer is that verb's subject.
   */
  private static boolean gerundConjunct(SentenceGraph g, int i) {
    int h = g.head(i);
    return g.relation(i).equals("conj") && g.token(i).pos().equals("VBG") && i > 0 && g.word(i - 1).equals(",")
        && h >= 0 && h < i && g.token(h).isVerb();
  }

  /**
   * "An airliner bound for Nairobi crashed minutes after take-off, killing all on board", parsed with "bound" as the
   * verb and "crashed" as a modifier: a finite mishap verb ("crashed", tagged VBD) between the vehicle subject of the
   * verb above and the casualty participle is the vehicle's mishap.
   */
  private static boolean misparsedMishap(SentenceGraph g, int v, int i) {
    Integer s = g.subject(v);
    if (s == null || !vehicle(g, s)) return false;
    for (int k = s + 1; k < i; k++) {
      if (g.token(k).pos().equals("VBD") && MISHAPS.contains(g.lemma(k))) return true;
    }
    return false;
  }

  private static boolean participle(SentenceGraph g, int i) {
    return g.relation(i).equals("dep") && g.token(i).pos().equals("VBG");
  }
}
