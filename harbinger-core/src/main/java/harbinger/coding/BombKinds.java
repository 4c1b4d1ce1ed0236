package harbinger.coding;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kind of bombing a bomb's own name tells, when the bomb is the subject of the verb ("a truck bomb exploded",
 * "a roadside bomb went off", "the suicide bomber blew himself up"): the lexicon's context leaves the subject out,
 * so its modifiers need this look. Also the bombing that caused casualties ("three soldiers were killed when a
 * roadside bomb struck their patrol"): the deaths are that bombing's, not an unspecified use of force. Stateless.
 */
final class BombKinds {
  private BombKinds() {}

  private static final Set<String> BOMBS = Set.of("bomb", "bombs", "device", "devices", "explosive", "explosives",
      "ied", "ieds", "bomber", "bombers", "blast", "explosion", "mine", "landmine", "landmines", "dynamite", "tnt", "semtex");

  /** Verbs of bombs falling from the sky. */
  private static final Set<String> FALLING = Set.of("rain", "fall", "drop", "shower");

  /** Doers that are bombings only by their modifier: "a suicide attacker". */
  private static final Set<String> ATTACKERS = Set.of("attacker", "attackers", "bomber", "bombers");

  /** Vehicles that are car bombs when packed with explosives: "a car packed with explosives blew up". */
  private static final Set<String> VEHICLES = Set.of("car", "cars", "truck", "trucks", "lorry", "van", "vehicle",
      "motorcycle", "minibus", "tanker", "bus", "jeep", "pickup", "ambulance");
  private static final Set<String> PACKED = Set.of("pack", "packed", "laden", "load", "loaded", "rig", "rigged",
      "fill", "filled", "stuff", "stuffed", "wire", "wired");

  /** Modifiers of the bomb and the CAMEO code of the bombing they name (1831 suicide, 1832 car, 1833 roadside). */
  private static final Map<String, String> KINDS = Map.of("suicide", "1831", "car", "1832", "truck", "1832",
      "lorry", "1832", "vehicle", "1832", "motorcycle", "1832", "van", "1832", "roadside", "1833",
      "improvised", "1833");

  /** The code of the bombing named by the subject of verb {@code i}, or null when the subject names none. */
  static @Nullable String of(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null) s = g.child(i, "nsubj:pass");
    if (s == null) return misrootedVehicle(g, i) ? "1832" : null;
    String kind = named(g, s);
    if (kind == null && VEHICLES.contains(g.lemma(s).toLowerCase(java.util.Locale.ROOT)) && packed(g, s)) return "1832";
    return kind != null ? kind : wearsExplosives(g, s) ? "1831" : null;
  }

  /** The kind of bombing a bomb noun {@code i} names by its own modifiers ("a roadside bomb"), or null. */
  static @Nullable String ownKind(SentenceGraph g, int i) {
    return named(g, i);
  }

  /** Worn bombs: "a girl wearing an explosive vest", "a man strapped with a suicide belt". */
  private static final Set<String> WORN = Set.of("vest", "vests", "belt", "belts", "jacket", "jackets", "waistcoat");
  private static final Set<String> WEARING = Set.of("wear", "strap", "don");

  /** A person wearing an explosive vest or belt: the bombing is a suicide bombing (1831). */
  private static boolean wearsExplosives(SentenceGraph g, int s) {
    for (int c : g.children(s)) {
      if (!g.relation(c).startsWith("acl") || !WEARING.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))) continue;
      for (int d : g.children(c)) {
        if (!WORN.contains(g.lemma(d).toLowerCase(java.util.Locale.ROOT))) continue;
        for (int m : g.children(d)) {
          String lemma = g.lemma(m).toLowerCase(java.util.Locale.ROOT);
          if (lemma.equals("explosive") || lemma.equals("explosives") || lemma.equals("suicide") || lemma.equals("bomb")) return true;
        }
      }
    }
    return false;
  }

  /**
   * "A car packed with explosives blew up": the parser often makes the participle the root, with the vehicle its
   * subject and the verb of the blast a loose dependent; the blast is then that vehicle's, a car bombing.
   */
  private static boolean misrootedVehicle(SentenceGraph g, int i) {
    int h = g.head(i);
    if (!g.relation(i).equals("dep") || h < 0 || !PACKED.contains(g.lemma(h).toLowerCase(java.util.Locale.ROOT))) return false;
    Integer v = g.subject(h);
    return v != null && VEHICLES.contains(g.lemma(v).toLowerCase(java.util.Locale.ROOT)) && packedWithBombs(g, h);
  }

  /**
   * The bombing that the subject of act verb {@code i} names: a bomb of a named kind ("car bombs struck three
   * compounds", 1832), a suicide attacker (1831), a vehicle packed with explosives (1832), or a bomb, blast or
   * explosion of no named kind (183); null when the subject names none (a bomber of no kind is a person, not a bomb).
   */
  static @Nullable String bySubject(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null) return null;
    String lemma = g.lemma(s).toLowerCase(java.util.Locale.ROOT);
    String kind = named(g, s);
    if (kind != null) return kind;
    if (ATTACKERS.contains(lemma)) return suicide(g, s) ? "1831" : null;
    if (VEHICLES.contains(lemma)) return packed(g, s) ? "1832" : null;
    // "bombs rained down on the caves", "bombs fell on the town": bombs of no kind that fall from the sky are dropped
    // from aircraft, the air raid the verb's entry already codes
    if (FALLING.contains(g.lemma(i))) return null;
    return BOMBS.contains(lemma) ? "183" : null;
  }

  private static boolean suicide(SentenceGraph g, int s) {
    for (int c : g.children(s)) {
      String r = g.relation(c);
      if ((r.equals("compound") || r.equals("amod")) && g.lemma(c).equalsIgnoreCase("suicide")) return true;
    }
    return false;
  }

  private static boolean packed(SentenceGraph g, int s) {
    // "a truck loaded with explosives blew up" with the participle made the root ({@link MisrootedParticiples})
    int h = g.head(s);
    if (g.relation(s).equals("nsubj") && h >= 0 && PACKED.contains(g.lemma(h).toLowerCase(java.util.Locale.ROOT))
        && g.token(h).pos().equals("VBN") && packedWithBombs(g, h)) return true;
    for (int c : g.children(s)) {
      if (!g.relation(c).startsWith("acl") && !g.relation(c).equals("amod")) continue;
      if (PACKED.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT)) && packedWithBombs(g, c)) return true;
    }
    return false;
  }

  private static boolean packedWithBombs(SentenceGraph g, int c) {
    for (int d : g.children(c)) if (BOMBS.contains(g.lemma(d).toLowerCase(java.util.Locale.ROOT))) return true;
    return false;
  }

  /**
   * The bombing that caused the casualties of verb {@code i}: "were killed when a roadside bomb struck their patrol",
   * "was wounded by a car bomb" (183 for a bomb of no named kind), or null when no bomb is named as the cause.
   */
  static @Nullable String cause(SentenceGraph g, int i) {
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      Integer bomb = null;
      if (rel.startsWith("advcl") && openedByWhen(g, c)) bomb = g.subject(c);
      else if (g.baseRelation(c).equals("obl") && "by".equals(g.caseMarker(c))) bomb = c;
      if (bomb == null || !BOMBS.contains(g.lemma(bomb).toLowerCase(java.util.Locale.ROOT))
          || g.lemma(bomb).toLowerCase(java.util.Locale.ROOT).startsWith("bomber")) continue;
      String kind = named(g, bomb);
      return kind != null ? kind : "183";
    }
    // "a bomb blast tore through a nightclub, killing nearly 200": the participle's deaths are the bombing's
    String rel = g.relation(i);
    if (g.subject(i) == null && (rel.startsWith("advcl") || rel.equals("xcomp") || participle(g, i)) && g.head(i) >= 0) {
      return bySubject(g, g.head(i));
    }
    return null;
  }

  private static final Set<String> HIDING = Set.of("bury", "plant", "hide", "conceal", "lay", "place");
  private static final Set<String> SIDES = Set.of("side", "edge", "shoulder", "verge");
  private static final Set<String> ROADS = Set.of("road", "roads", "roadside", "highway", "track", "path", "verge");

  /**
   * A bomb buried, planted or hidden under, in or beside a road: the participle modifies the bomb, or (as the parser
   * often has "a bomb buried beneath a road tore through ...") is made the root with the bomb as its subject.
   */
  private static boolean hiddenInRoad(SentenceGraph g, int s) {
    for (int c : g.children(s)) {
      if ((g.relation(c).startsWith("acl") || g.relation(c).equals("amod")) && inRoad(g, c)) return true;
    }
    int h = g.head(s);
    return g.relation(s).equals("nsubj") && h >= 0 && g.token(h).pos().equals("VBN") && g.child(h, "aux") == null && inRoad(g, h);
  }

  private static boolean inRoad(SentenceGraph g, int participle) {
    if (!HIDING.contains(g.lemma(participle).toLowerCase(java.util.Locale.ROOT))) return false;
    for (int d : g.children(participle)) {
      if (ROADS.contains(g.lemma(d).toLowerCase(java.util.Locale.ROOT))) return true;
      // "planted at the side of the road", "hidden on the edge of the highway"
      if (SIDES.contains(g.lemma(d).toLowerCase(java.util.Locale.ROOT))) {
        for (int e : g.children(d)) if (ROADS.contains(g.lemma(e).toLowerCase(java.util.Locale.ROOT))) return true;
      }
    }
    return false;
  }

  private static boolean openedByWhen(SentenceGraph g, int c) {
    for (int k : g.children(c)) if (k < c && g.lemma(k).equals("when")) return true;
    return false;
  }

  /** The kind of bombing the modifiers of bomb noun {@code s} name, or null. */
  private static @Nullable String named(SentenceGraph g, int s) {
    if (!BOMBS.contains(g.lemma(s).toLowerCase(java.util.Locale.ROOT))) return null;
    String best = null;
    for (int c : g.children(s)) {
      String r = g.relation(c);
      if (!r.equals("compound") && !r.equals("amod")) continue;
      String kind = KINDS.get(g.lemma(c).toLowerCase(java.util.Locale.ROOT));
      // a suicide car bomb is a suicide bombing (codebook 1832: the suicide component takes precedence)
      if (kind != null && (best == null || kind.compareTo(best) < 0)) best = kind;
    }
    // "a bomb buried beneath a dirt road": a bomb hidden in or beside a road is a roadside bomb (codebook 1833)
    if (best == null && hiddenInRoad(g, s)) return "1833";
    // a landmine is set in the path of passers-by, as a roadside bomb is (codebook 1833); so is an improvised
    // explosive device ("an IED exploded as their convoy passed")
    if (best == null && g.lemma(s).toLowerCase(java.util.Locale.ROOT).startsWith("landmine")) return "1833";
    if (best == null && g.lemma(s).toLowerCase(java.util.Locale.ROOT).startsWith("ied")) return "1833";
    return best;
  }

  /** A present participle the parser left unattached after a comma ("plunged into a ravine, killing 32"). */
  private static boolean participle(SentenceGraph g, int i) {
    return g.relation(i).equals("dep") && g.token(i).pos().equals("VBG");
  }
}
