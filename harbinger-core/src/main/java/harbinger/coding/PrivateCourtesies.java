package harbinger.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Courtesies, rites, calls, visits and contracts of private persons: "friends and family attended the singer's
 * funeral", "the actor's children laid flowers on his grave", "the tennis champion paid tribute to her coach", "the
 * editor telephoned the reader to apologise", "the rock band visited Moscow", "the footballer signed a contract with
 * a Chinese club", "the chief executive flew to Shanghai to meet suppliers". CAMEO's symbolic acts, sympathy,
 * praise, meetings, calls, visits, agreements and appeals (017, 018, 02, 04, 040, 041, 042, 043, 051, 055, 057)
 * are acts between political actors ("the novelist urged readers to visit the old bookshops"); a family's mourning, a fan's praise or a player's contract has
 * no political party on either side. The sign is a doer that is a common noun of a private person or group (by
 * family, friendship, pastime, sport or art) and, except for a visit or a private rite, an addressee that is no name
 * and no office ("the footballer telephoned the president" stays a call). Citizens, students, workers, residents and
 * mourners as a crowd are political agents in the actor tables and are never listed here. Stateless.
 */
final class PrivateCourtesies {
  private PrivateCourtesies() {}

  /** Codes of courtesies and contacts that only political actors make as events. */
  private static final Set<String> CODES = Set.of("04", "040", "017", "018", "041", "042", "043", "051", "055", "057",
      "02", "020", "021", "023", "025", "026", "027", "028");

  /** Prepositions of an oblique that sets a place or a time, not an addressee: "thanked his fans in Mexico City". */
  private static final Set<String> SETTINGS = Set.of("in", "at", "during", "after", "before");

  /** Codes whose addressee does not matter: a private rite, a tour or trip of a private person. */
  private static final Set<String> ANY_ADDRESSEE = Set.of("017", "042", "043");

  /** Common nouns of private persons and groups (shared with {@link PrivatePersons}). */
  private static final Set<String> PRIVATE = PrivateWords.PERSONS;

  /** Heads of an addressee that make it political: an office or a body of the state. */
  private static final Set<String> OFFICES = Set.of("president", "minister", "premier", "chancellor", "king", "queen",
      "emir", "prince", "pope", "governor", "mayor", "ambassador", "senator", "leader", "government", "official",
      "officials", "authorities", "police", "army", "ministry", "parliament", "counterpart", "secretary");

  /** True when the trigger at {@code i} with code {@code code} is a private person's courtesy to no political party. */
  static boolean privateAct(SentenceGraph g, int i, String code, boolean noun) {
    String code3 = code.length() > 3 ? code.substring(0, 3) : code;
    if (!CODES.contains(code3)) return false;
    if (code3.equals("042") && !noun && LeisureTrips.leisure(g, i)) return true;
    // an event noun's doer is the subject of the verb that governs it: "the actor's children stood at his funeral"
    if (noun) {
      Integer doer = nounDoer(g, i);
      return ANY_ADDRESSEE.contains(code3) && doer != null && privateNoun(g, doer);
    }
    if (!g.token(i).isVerb()) return false;
    Integer doer = TriggerFinder.subjectHead(g, i);
    if (doer == null && (g.relation(i).startsWith("advcl") || g.relation(i).equals("xcomp")) && g.head(i) >= 0) doer = g.subject(g.head(i));
    if (doer == null || !privateNoun(g, doer)) return false;
    if (ANY_ADDRESSEE.contains(code3)) return true;
    for (int c : g.children(i)) {
      String rel = g.baseRelation(c);
      boolean addressee = rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") || rel.equals("nmod");
      if (rel.equals("obl") && SETTINGS.contains(String.valueOf(g.caseMarker(c)))) addressee = false;
      if (addressee && (g.token(c).isProperNoun() || OFFICES.contains(lower(g.lemma(c))))) return false;
    }
    return true;
  }

  /**
   * The doer of event noun {@code i}: the subject of the verb that governs it, also through a noun it hangs from
   * ("arrived for the start of her European tour"); a pronoun subject of an adverbial clause stands for the subject of
   * the clause it hangs from ("the singer was mobbed by fans as she arrived for ... her tour": the singer; session 20).
   */
  private static Integer nounDoer(SentenceGraph g, int i) {
    int verb = TriggerFinder.governor(g, i);
    for (int steps = 0; verb >= 0 && !g.token(verb).isVerb() && g.token(verb).isNoun() && steps < 2; steps++) verb = g.head(verb);
    if (verb < 0 || !g.token(verb).isVerb()) return null;
    Integer doer = g.subject(verb);
    if (doer != null && g.token(doer).isPronoun() && g.relation(verb).startsWith("advcl") && g.head(verb) >= 0) {
      Integer outer = g.subject(g.head(verb));
      if (outer == null) outer = g.child(g.head(verb), "nsubj:pass");
      if (outer != null) doer = outer;
    }
    return doer;
  }

  /**
   * A common noun (not a name, not a pronoun) of a private person or group, also one counted by a quantity it hangs
   * from: "hundreds of fans attended the funeral of the comedian" (session 21).
   */
  private static boolean privateNoun(SentenceGraph g, int k) {
    k = CountedNouns.throughQuantity(g, k);
    String pos = g.token(k).pos();
    if (!(pos.equals("NN") || pos.equals("NNS")) || !PRIVATE.contains(lower(g.lemma(k)))) return false;
    // "the families of the victims", "relatives of the hostages": kin named by a public cause are political agents
    for (int c : g.children(k)) {
      if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && !PRIVATE.contains(lower(g.lemma(c)))) return false;
    }
    return true;
  }

  private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
