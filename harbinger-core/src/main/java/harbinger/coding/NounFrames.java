package harbinger.coding;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parties of a noun trigger framed by a light verb or a copula, where the clause's own subject is not the doer:
 * "X came under fire from Y" (Y attacks X) and "X's handling of the crisis was a disaster" (the judgment is about X).
 * Stateless and thread-safe.
 */
final class NounFrames {
  private NounFrames() {}

  /**
   * "Our positions came under heavy fire from the Armenian side", "the convoy came under attack by militants": the
   * subject of "come under" (or "be under") suffers the act, whose doer is the "from" or "by" phrase; null for
   * any other noun.
   */
  static @Nullable Arguments cameUnder(ArgumentFinder f, SentenceGraph g, int n) {
    int v = g.head(n);
    if (v < 0 || !g.hasMarker(n, "under") || !g.baseRelation(n).equals("obl") || !UNDERGO.contains(g.lemma(v))) return null;
    Integer doer = null;
    for (int c : g.children(n)) {
      if (g.baseRelation(c).equals("nmod") && ("from".equals(g.caseMarker(c)) || "by".equals(g.caseMarker(c))) && !g.nonActor(c)) { doer = c; break; }
    }
    if (doer == null) doer = ArgumentFinder.obliqueWith(g, v, List.of("from", "by"));
    return new Arguments(f.expand(g, doer), f.expand(g, g.subject(v)), true);
  }

  /**
   * "Biden's handling of inflation was a disaster", "the handling of the crisis by the government was a failure": a
   * noun judged with a copula is about the party whose conduct its subject names; null when there is none.
   */
  static @Nullable Integer judgedParty(SentenceGraph g, int n) {
    Integer subject = g.child(n, "nsubj");
    if (g.child(n, "cop") == null || subject == null) return null;
    Integer owner = g.child(subject, "nmod:poss");
    if (owner != null) return owner;
    for (int c : g.children(subject)) if (g.baseRelation(c).equals("nmod") && "by".equals(g.caseMarker(c))) return c;
    return null;
  }

  /**
   * "Heavy fighting broke out between X and Y", "clashes erupted overnight between X and Y": a noun trigger that is
   * the subject of a verb of onset or course whose "between" phrase names the parties (the first acts, the others
   * are its counterparts; symmetric entries code both ways); null when the noun has its own "between" phrase or its
   * verb has none.
   */
  static @Nullable Arguments betweenOfItsVerb(ArgumentFinder f, SentenceGraph g, int n) {
    int v = g.head(n);
    if (v < 0 || !g.relation(n).equals("nsubj") || !g.token(v).isVerb() || betweenPhrase(g, n) != null) return null;
    return pair(f, g, ArgumentFinder.obliqueWith(g, v, List.of("between")));
  }

  /**
   * "Talks between X and Y collapsed", "negotiations between X and Y broke down": an active verb trigger whose
   * subject is a common noun that names a relation by its "between" phrase takes that phrase's parties; so does a verb
   * with no party at all and a "between" phrase of its own. Null otherwise (a named subject, a passive clause: "the
   * border between X and Y was closed" says who closed nothing).
   */
  static @Nullable Arguments betweenOfSubject(ArgumentFinder f, SentenceGraph g, int v, Arguments found) {
    Integer subject = g.child(v, "nsubj");
    if (subject != null && g.child(v, "aux:pass") == null && !g.token(subject).isProperNoun()
        && !g.token(subject).isPronoun()) {
      Arguments parties = pair(f, g, betweenPhrase(g, subject));
      if (parties != null) return parties;
    }
    if (!found.sources().isEmpty() || !found.targets().isEmpty()) return null;
    return pair(f, g, ArgumentFinder.obliqueWith(g, v, List.of("between")));
  }

  private static @Nullable Integer betweenPhrase(SentenceGraph g, int n) {
    for (int c : g.children(n)) if (g.baseRelation(c).equals("nmod") && "between".equals(g.caseMarker(c))) return c;
    return null;
  }

  private static @Nullable Arguments pair(ArgumentFinder f, SentenceGraph g, @Nullable Integer between) {
    List<Integer> pair = f.expand(g, between);
    if (pair.isEmpty()) return null;
    return new Arguments(pair.subList(0, 1), pair.subList(1, pair.size()), false);
  }

  private static final Set<String> UNDERGO = Set.of("come", "be", "remain");

  /** Adjectives that say a noun's act is an outside party's ("Western arms deliveries", "foreign intervention"). */
  private static final java.util.Set<String> OUTSIDERS = java.util.Set.of("western", "foreign", "outside", "allied",
      "international", "external");

  /**
   * "The Kremlin said Western weapons deliveries would prolong the war": an event noun whose adjective names an
   * outside party is not the act of the parties of the clauses around it (nor of the speaker).
   */
  static boolean outsideParty(SentenceGraph g, int n) {
    for (int c : g.children(n)) {
      if (g.relation(c).equals("amod") && OUTSIDERS.contains(g.word(c).toLowerCase(java.util.Locale.ROOT))) return true;
      // "Western weapons deliveries": the adjective may hang on the noun's compound
      if (g.relation(c).equals("compound") && c != n && outsideParty(g, c)) return true;
    }
    return false;
  }

  /** Verbs whose subject observes or tells of what their object names ("residents reported air strikes"). */
  private static final java.util.Set<String> OBSERVERS = java.util.Set.of("report", "witness", "describe", "hear",
      "see", "document", "record", "film", "photograph", "recount", "observe", "notice", "detail");

  /**
   * "Residents of Khartoum reported air strikes", "witnesses described heavy shelling", "we are seeing a build-up of
   * forces": an act of violence or military posture (CAMEO 15, 18-20) that is the object of a verb of observing or telling was seen or told of by the verb's subject, not
   * done by it. Other acts are often the teller's own ("he described the talks as constructive", "police reported
   * the arrest of ...").
   */
  static boolean observedBy(SentenceGraph g, int verb, int below, String code) {
    return (code.startsWith("15") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) && g.token(verb).isVerb()
        && OBSERVERS.contains(g.lemma(verb)) && g.relation(below).equals("obj");
  }
}
