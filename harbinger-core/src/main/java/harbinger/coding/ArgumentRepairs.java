package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Country;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Arguments the parser hides from {@link ArgumentFinder}'s plain subject and object rules.
 * <ul>
 *   <li>A document that acts ("the Bundestag passed a resolution condemning Russia", "the Knesset passed a law
 *       banning the agency"): the participle modifies the document, whose author, the subject of the verb that
 *       has the document as object, is the source.</li>
 *   <li>A resultative adjective between verb and object ("troops shot dead a gunman"): the parser makes the
 *       object a "dep" of the adjective; it is the verb's object.</li>
 *   <li>An envoy recalled or withdrawn "to" a country ("recalled its ambassador to Washington"): the country of
 *       the post is the target, not the envoy.</li>
 *   <li>The "at" phrase of a weapon verb ("fired a missile at Riyadh") is the aim, not where it happened; a
 *       place owned by a country ("in Nigeria's Plateau state") is in that country.</li>
 * </ul>
 * Thread-safe (stateless).
 */
final class ArgumentRepairs {
  /** Nouns for texts a body adopts, issues or sends, which then "condemn", "ban" or "call for" things. */
  private static final Set<String> DOCUMENTS = Set.of("resolution", "law", "bill", "statement", "declaration",
      "motion", "decree", "communique", "communiqué", "report", "letter", "order", "ruling", "verdict", "legislation",
      "amendment", "measure", "decision", "directive", "ordinance", "edict");
  /** Adjectives of a result state that CoreNLP parses as the verb's xcomp ("shot dead", "beat unconscious"). */
  private static final Set<String> RESULTS = Set.of("dead", "unconscious", "free", "open");

  /** Common nouns for a part of a country that news names by its owner ("Nigeria's Plateau state"). */
  private static final Set<String> REGIONS = Set.of("state", "province", "region", "district", "county", "governorate",
      "prefecture", "city", "town", "village", "area", "territory", "capital", "north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "border", "coast");

  private ArgumentRepairs() {}

  /**
   * "were killed by Pakistani shelling": the parser reads "by" + a gerund with a national adjective as a clause
   * whose subject is the adjective; that subject does the passive act. Null when there is no such clause.
   */
  static @Nullable Integer subjectOfByClause(SentenceGraph g, int passiveVerb) {
    for (int c : g.children(passiveVerb)) {
      if (g.relation(c).equals("advcl") && g.hasMarker(c, "by") && g.token(c).pos().equals("VBG")) {
        Integer s = g.child(c, "nsubj");
        if (s != null && !g.nonActor(s)) return s;
      }
    }
    return null;
  }

  /**
   * "closed its border with Albania", "cut its ties with Iran": the party in the "with" phrase of a thing the doer
   * calls its own, the second choice when that thing stands for the doer itself; null otherwise.
   */
  static @Nullable Integer partnerOfOwn(SentenceGraph g, int object) {
    Integer poss = g.child(object, "nmod:poss");
    if (poss == null || !(g.token(poss).isPronoun() || ownCountryWord(g, poss))) return null;
    for (int c : g.children(object)) {
      if (g.baseRelation(c).equals("nmod") && "with".equals(g.caseMarker(c)) && !g.nonActor(c)) return c;
    }
    return null;
  }

  /**
   * "closed the country's airspace to all Moroccan aircraft", "opened its ports to Russian ships": the party a way into
   * the doer's own country is shut or opened to, which the parser hung on the way in; null otherwise.
   */
  static @Nullable Integer shutTo(SentenceGraph g, int object) {
    if (!WAYS_IN.contains(g.lemma(object))) return null;
    Integer poss = g.child(object, "nmod:poss");
    if (poss == null || !(g.token(poss).isPronoun() || ownCountryWord(g, poss))) return null;
    for (int c : g.children(object)) {
      if (g.baseRelation(c).equals("nmod") && "to".equals(g.caseMarker(c)) && !g.nonActor(c)) return c;
    }
    return null;
  }

  /** Ways into a country that are closed or opened to another party. */
  private static final Set<String> WAYS_IN = Set.of("border", "airspace", "port", "waters", "strait", "straits", "frontier",
      "harbour", "harbor", "airport", "sky", "skies", "crossing", "crossings");

  /** "the country's", "the kingdom's": the doer's own country named by a common noun with "the". */
  private static boolean ownCountryWord(SentenceGraph g, int poss) {
    if (!Set.of("country", "kingdom", "nation", "republic").contains(g.lemma(poss))) return false;
    Integer det = g.child(poss, "det");
    return det != null && g.word(det).equalsIgnoreCase("the");
  }

  /** Envoys, whose post is the party a recall or withdrawal is aimed at. */
  private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "diplomat", "charge", "consul", "emissary");

  /** "recalled its ambassador to Washington": the country of the post; else the object itself. */
  static int postedTo(SentenceGraph g, int verb, int object) {
    if (!ENVOYS.contains(g.lemma(object))) return object;
    for (int c : g.children(object)) {
      if (g.baseRelation(c).equals("nmod") && Set.of("to", "in").contains(String.valueOf(g.caseMarker(c)))) return c;
    }
    for (int c : g.children(verb)) {
      if (g.baseRelation(c).equals("obl") && "to".equals(g.caseMarker(c))) return c;
    }
    return object;
  }

  /** "fired a missile at Riyadh": the "at" phrase of a weapon verb is its aim, a party, not a location. */
  static boolean aimedAt(SentenceGraph g, int h) {
    return "at".equals(g.caseMarker(h)) && g.head(h) >= 0 && ArgumentFinder.INSTRUMENT_VERBS.contains(g.lemma(g.head(h)));
  }

  /**
   * "Troops in Kinshasa fired on opposition supporters", "Gunmen in Karachi killed a police officer": the country
   * of the place a doer is "in", where the act happened and its targets of no country belong; else null.
   */
  static @Nullable String doerPlace(SentenceGraph g, List<Integer> doers, ActorKnowledge knowledge) {
    for (int d : doers) {
      for (int c : g.children(d)) {
        if (!g.baseRelation(c).equals("nmod") || !"in".equals(g.caseMarker(c)) || !g.token(c).isProperNoun()) continue;
        String w = LocationFinder.text(g, c);
        var k = knowledge.findCountryByCapital(w).or(() -> knowledge.findCountryByPlace(w)).or(() -> knowledge.findCountry(w));
        if (k.isPresent()) return k.get().code();
      }
    }
    return null;
  }

  /** "attacked villagers in Nigeria's Plateau state": the country owning the place where the act happened; else null. */
  static @Nullable String ownedPlace(SentenceGraph g, int trigger, ActorKnowledge knowledge) {
    for (int c : g.children(trigger)) {
      if (!g.baseRelation(c).equals("obl") || !Set.of("in", "across", "throughout", "near").contains(String.valueOf(g.caseMarker(c)))) continue;
      String owner = placeOwner(g, c, knowledge);
      if (owner != null) return owner;
    }
    return null;
  }

  /** "in Nigeria's Plateau state": the country owning a place of no country of its own; else null. */
  static @Nullable String placeOwner(SentenceGraph g, int place, ActorKnowledge knowledge) {
    if (!REGIONS.contains(g.lemma(place))) return null; // "Israel's militia ally in southern Lebanon" is no place
    Integer poss = g.child(place, "nmod:poss");
    if (poss == null || !g.token(poss).isProperNoun()) return null;
    return knowledge.findCountry(LocationFinder.text(g, poss)).map(Country::code).orElse(null);
  }

  /** For a participle modifying a document noun, the author of the document; else null. */
  static @Nullable Integer documentAuthor(SentenceGraph g, int participle) {
    if (!g.relation(participle).startsWith("acl")) return null;
    int doc = g.head(participle);
    if (doc < 0 || !DOCUMENTS.contains(g.lemma(doc)) || !g.relation(doc).equals("obj")) return null;
    int verb = g.head(doc);
    return verb < 0 ? null : g.subject(verb);
  }

  /** The object a resultative adjective took from verb {@code v} ("shot dead a Palestinian gunman"); else null. */
  static @Nullable Integer objectAfterResult(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!g.relation(c).equals("xcomp") || !RESULTS.contains(g.lemma(c)) || c != v + 1) continue;
      for (int d : g.children(c)) {
        if ((g.relation(d).equals("dep") || g.relation(d).equals("obj")) && g.token(d).isNoun() && d > c) return d;
      }
    }
    return null;
  }

  /** Participles of holding a place: "positions held by", "villages controlled by". */
  static final java.util.Set<String> HOLDING = java.util.Set.of("hold", "control", "occupy", "use", "run", "man",
      "defend", "garrison", "seize", "capture", "commit", "perpetrate");

  /**
   * The object the parser made the subject of a participle clause hung on verb {@code v} ("bombed positions held by
   * Georgian troops" parsed as "bombed [positions held by ...]" with "positions" the subject of "held"); else null.
   */
  static @Nullable Integer objectOfHeldClause(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      String rel = g.relation(c);
      if (!(rel.equals("dep") || rel.equals("ccomp")) || c < v || !HOLDING.contains(g.lemma(c))
          || !g.token(c).pos().equals("VBN") || ArgumentFinder.obliqueWith(g, c, java.util.List.of("by")) == null) continue;
      Integer subject = g.child(c, "nsubj");
      if (subject != null && subject > v && subject < c && g.token(subject).isNoun()) return subject;
    }
    return null;
  }

  /** Verbs of taking a place, whose "from" phrase names the party that lost it. */
  private static final java.util.Set<String> TAKING = java.util.Set.of("seize", "capture", "take", "recapture", "retake",
      "wrest", "win");
  private static final java.util.Set<String> PLACE_NER = java.util.Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

  /**
   * "seized the town of Orahovac from Serbian police", "recaptured Kherson from Russian forces": the party a place
   * was taken from is the target, the place a second choice; null when {@code object} names no place or there is
   * no "from" phrase.
   */
  static @Nullable Integer placeTakenFrom(SentenceGraph g, int v, @Nullable Integer object) {
    if (object == null || !TAKING.contains(g.lemma(v))) return null;
    boolean place = ActorResolver.PLACE_NOUNS.contains(g.lemma(object)) || PLACE_NER.contains(g.token(object).ner());
    if (!place) return null;
    Integer from = ArgumentFinder.obliqueWith(g, v, java.util.List.of("from"));
    return from == null || ActorResolver.PLACE_NOUNS.contains(g.lemma(from)) || PLACE_NER.contains(g.token(from).ner()) ? null : from;
  }

  /**
   * The addressee the parser made the subject of an infinitive clause ("appealed to Zaire to reopen its border" parsed
   * as "appealed [to Zaire to reopen ...]", with "to" a marker before the subject); else null.
   */
  static @Nullable Integer addresseeOfInfinitive(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      if (!g.relation(c).equals("advcl") || c < v) continue;
      Integer subject = g.child(c, "nsubj");
      if (subject == null || !(g.token(subject).isNoun() || g.token(subject).isPronoun())) continue;
      boolean prepositionBefore = false;
      boolean infinitiveAfter = false;
      for (int m : g.children(c)) {
        if (!g.relation(m).equals("mark") || !g.lemma(m).equalsIgnoreCase("to")) continue;
        if (m < subject && g.token(m).pos().equals("IN")) prepositionBefore = true;
        if (m > subject && g.token(m).pos().equals("TO")) infinitiveAfter = true;
      }
      if (prepositionBefore && infinitiveAfter) return subject;
    }
    return null;
  }

  /** Verbs of a purpose clause whose object is the party the act is meant to move. */
  private static final java.util.Set<String> PRESSING = java.util.Set.of("press", "pressure", "pressurise", "pressurize",
      "urge", "lobby", "persuade", "force", "push", "petition", "convince");

  /**
   * "marched into La Paz to press Congress to raise taxes", "converged on Seoul to urge parliament to reject the deal":
   * an act with no object of its own done to press a party is aimed at that party, not at the place it went to; the
   * object of a "to" purpose clause of a pressing verb; else null.
   */
  static @Nullable Integer pressedByPurpose(SentenceGraph g, int v) {
    for (int c : g.children(v)) {
      String rel = g.baseRelation(c);
      if (!(rel.equals("xcomp") || rel.equals("advcl")) || c < v || !g.hasMarker(c, "to") || !PRESSING.contains(g.lemma(c))) continue;
      if (g.child(c, "nsubj") != null) continue;
      Integer pressed = g.child(c, "obj");
      if (pressed != null && !g.nonActor(pressed)) return pressed;
    }
    return null;
  }

  /**
   * The party "called on" ("called on the army to side with the people"), also when the parse makes it the subject
   * of the infinitive marked "on" ("called [on the army to protect]"); null if none.
   */
  static @Nullable Integer calledOn(SentenceGraph g, int v) {
    Integer on = ArgumentFinder.obliqueWith(g, v, List.of("on", "upon"));
    if (on != null) return on;
    for (int c : g.children(v)) {
      if (g.relation(c).startsWith("advcl") && (g.hasMarker(c, "on") || g.hasMarker(c, "upon"))) {
        Integer subject = g.child(c, "nsubj");
        if (subject != null && !g.nonActor(subject)) return subject;
      }
    }
    return null;
  }

  /** The subject of a nominal or adjectival small clause after the verb ("called X a traitor", "declared X unfit"), or null. */
  static @Nullable Integer smallClauseSubject(SentenceGraph g, int v) {
    Integer x = g.child(v, "xcomp");
    if (x == null) return reducedRelativeObject(g, v);
    if (x < v || !(g.token(x).isNoun() || g.token(x).pos().startsWith("JJ"))) return null;
    Integer subject = g.child(x, "nsubj");
    return subject != null && subject > v && subject < x ? subject : null;
  }

  /**
   * "stormed a Turkish aid ship bound for Gaza", "seized a tanker carrying Iranian oil": the parser makes the object
   * the subject of the participle that modifies it, and hangs that clause on the verb; the noun is the object.
   */
  private static @Nullable Integer reducedRelativeObject(SentenceGraph g, int v) {
    if (g.child(v, "obj") != null) return null;
    for (int c : g.children(v)) {
      String rel = g.relation(c);
      if (c < v || !(rel.equals("dep") || rel.equals("ccomp")) || !g.token(c).pos().matches("VBN|VBG")) continue;
      // "complained that a drone had violated its airspace": a clause with its own auxiliary or "that" is no reduced relative
      if (g.child(c, "aux", "aux:pass", "mark") != null) continue;
      Integer subject = g.child(c, "nsubj");
      if (subject != null && subject > v && subject < c && g.token(subject).isNoun() && !g.nonActor(subject)) return subject;
    }
    return null;
  }
}
