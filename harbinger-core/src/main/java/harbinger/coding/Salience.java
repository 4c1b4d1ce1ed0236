package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Keeps the events a sentence reports and drops those it only mentions as content, background or description,
 * as CAMEO coders do: "X rejected Y's demand to sever ties" is one rejection, "X suspended aid after its vehicles
 * were hit" one suspension. Stateless and thread-safe.
 *
 * <p>Two filters, applied by {@link EventCoder} after it has absorbed the immediate content of verbal events:
 * <ol>
 *   <li>{@link #withoutContent}: a trigger anywhere inside the content of a verbal event (statement, appeal,
 *       agreement, rejection, accusation, threat) is part of that event: "agreed to US mediation in the final
 *       status talks", "welcomed the statement as proof of a wish for a settlement in the talks". The content
 *       does not reach into clauses of their own (conjuncts, parataxis, relative clauses) nor into the
 *       circumstances of a verb in it ("urged X to reduce tensions during a phone call", "if Russia attacked"),
 *       except a second act conjoined with one in the content and the relative clause of a document ("support a
 *       resolution that aims to tighten sanctions and impose a blockade"). The content includes what the event
 *       calls its object ("welcomed the statement as proof of ..."), and an event noun that is the object of an
 *       event verb of another code is that act's theme ("would not meet the demands").</li>
 *   <li>{@link #foreground}: a trigger is <em>background</em> when the path from it up to the root crosses
 *       <ul>
 *         <li>a temporal adjunct naming an earlier or surrounding event: "following the invasions of Dagestan",
 *             "after a coup toppled the government", "amid fighting", "until their demands are met", "as he
 *             embarked on a trip", "when Amin expelled them" (a
 *             non-finite clause with no subject of its own, "after speaking by phone", is a sequence of reported
 *             acts and stays, and so does an event measured from, "thirty years after Iraq invaded Kuwait");</li>
 *         <li>a response frame: "in the wake of the execution", "in protest of last week's arrest", "in response
 *             to the bombing", "responding to last week's bombing", "on the eve of a visit";</li>
 *         <li>a clause describing a participant: a participle ("a guard involved in a shooting", "rebels
 *             fighting to topple the government") or a relative clause in the past perfect ("whom they had
 *             taken hostage"), but not under the root noun of a headline or caption ("Troops massed at the
 *             border");</li>
 *         <li>a passive if/unless condition naming no doer: "help defend X if it is attacked" (a condition with
 *             a doer, "will respond if Russia invades", is coded, conditional).</li>
 *       </ul>
 *       It is dropped only when a reported trigger governs the clause or noun the background hangs from.</li>
 * </ol>
 * What this gives up: ACE-style annotation (the m2e2 set) marks every event mention, background ones included,
 * so "convicted for his role in bomb attacks" no longer yields an attack there.
 */
final class Salience {
  /** Markers of adjuncts that situate the reported event after, before or amid another one. */
  private static final Set<String> TEMPORAL = Set.of("after", "following", "follow", "since", "before", "amid",
      "amidst", "until", "despite");
  /** Conjunctions of a finite clause telling what went on when the reported event happened ("as he embarked on a trip"). */
  private static final Set<String> WHILE = Set.of("as", "when", "while", "whilst");
  /** Nouns and verbs whose complement is the event responded to: "in the wake of", "responding to". */
  private static final Set<String> RESPONSE = Set.of("wake", "aftermath", "response", "respond", "reaction", "react",
      "retaliation", "reprisal", "revenge", "eve", "run-up", "connection", "light", "follow", "protest");
  /** Prepositions that open a response frame noun ("in the wake of", "on the eve of", "as a reprisal for"). */
  private static final Set<String> FRAME_CASES = Set.of("in", "on", "as");

  private Salience() {}

  /**
   * The triggers the sentence reports: a background trigger is dropped when a reported trigger governs the
   * clause or noun it hangs from ("X suspended aid after vehicles were hit": suspended governs the "after"
   * clause); without such a governor ("Hezbollah buried a commander after he was killed in an attack") the
   * mention is all the sentence says about the event, and it is kept. A sending whose purpose is a verbal act
   * ({@link #dispatches}) is dropped for that act.
   */
  static List<Trigger> foreground(SentenceGraph g, List<Trigger> triggers, Predicate<Trigger> verbal) {
    List<Trigger> reported = new ArrayList<>();
    Map<Trigger, Integer> attachments = new HashMap<>();
    java.util.Collection<Trigger> senders = dispatches(g, triggers, verbal).values();
    for (Trigger t : triggers) {
      if (senders.contains(t)) continue;
      int h = attachment(g, t.token());
      if (h < 0 && verbal.test(t)) h = purpose(g, t.token());
      if (h < 0) h = ActPurposes.anchor(g, t, triggers, verbal);
      if (h < 0) reported.add(t);
      else attachments.put(t, h);
    }
    List<Trigger> out = new ArrayList<>();
    Set<Integer> arrivals = new java.util.HashSet<>();
    for (Trigger t : triggers) {
      Integer h = attachments.get(t);
      if (senders.contains(t)) continue;
      // "arrived in Mexico City after the government granted him asylum": the grant is the news ({@link AsylumArrivals})
      if (h != null && AsylumArrivals.grant(g, t, h)) { out.add(t); arrivals.add(h); continue; }
      // a governor that names no party ({@link PartylessEvents}: "clashes erupted after rebels attacked") hides nothing
      if (h == null || reported.stream().noneMatch(a -> governs(g, a, h) && !PartylessEvents.partylessSubject(g, a))) out.add(t);
    }
    return AsylumArrivals.withoutVisits(out, arrivals);
  }

  /** Verbs that send people somewhere to do something. */
  private static final Set<String> DISPATCH = Set.of("send", "dispatch", "despatch");

  /**
   * "The UN sent 21 personnel to Bosnia to investigate ...", "dispatched an envoy to mediate": when people are sent
   * to do a verbal act (investigate, mediate, negotiate), the act is what the sentence reports and the sending is
   * its means, as the CAMEO codebook codes it; the place they are sent to is the act's target. Sending people to
   * do a material act ("sent troops to fight") stays a deployment. Returns purpose trigger to sending trigger.
   */
  static Map<Trigger, Trigger> dispatches(SentenceGraph g, List<Trigger> triggers, Predicate<Trigger> verbal) {
    Map<Trigger, Trigger> out = new HashMap<>();
    for (Trigger send : triggers) {
      if (send.noun() || !DISPATCH.contains(g.lemma(send.token())) && !FactFindingTrips.TRAVEL.contains(g.lemma(send.token()))) continue;
      for (Trigger p : triggers) {
        int k = p.token();
        String base = g.baseRelation(k);
        if (!p.noun() && FactFindingTrips.investigates(g, send, p)) { out.put(p, send); continue; }
        if (p.noun() || !verbal.test(p) || g.head(k) != send.token() || !DISPATCH.contains(g.lemma(send.token()))) continue;
        if ((base.equals("advcl") || base.equals("xcomp")) && g.hasMarker(k, "to") && !hasSubject(g, k)) out.put(p, send);
      }
    }
    return out;
  }

  /**
   * The triggers that are not inside the content of a verbal trigger ({@code owner}), at any depth; {@code exempt}
   * triggers are kept whatever owns them. See {@link VerbalContent}.
   */
  static List<Trigger> withoutContent(SentenceGraph g, List<Trigger> triggers, Predicate<Trigger> owner,
                                      Predicate<Trigger> exempt) {
    return VerbalContent.withoutContent(g, triggers, owner, exempt);
  }

  /**
   * Does trigger {@code a} govern token {@code h}: it is {@code h} or above it, or its light verb ("launched
   * attacks"), or the verb it completes ("have sworn to fight until they gain control": the until-clause, hung
   * from "sworn", bounds the fighting)?
   */
  private static boolean governs(SentenceGraph g, Trigger a, int h) {
    return g.dominates(a.token(), h) || (g.head(a.token()) == h && (a.noun() || g.relation(a.token()).equals("xcomp")));
  }

  /**
   * The token a background adjunct or descriptive clause above {@code b} hangs from (see class notes), or -1
   * when {@code b} is not background.
   */
  static int attachment(SentenceGraph g, int b) {
    int k = b;
    int below = b;
    for (int steps = 0; steps < 40; steps++) {
      // entered from a word after the verb: from within its clause, not from what a misparse hung before it
      int split = k == b || below > k ? splitAdjunct(g, k) : -1;
      if (split >= 0) return split;
      int h = g.head(k);
      if (h < 0) return -1;
      String base = g.baseRelation(k);
      String marker = g.caseMarker(k);
      boolean adjunct = base.equals("obl") || base.equals("nmod") || (base.equals("advcl") && hasSubject(g, k));
      if (adjunct && marker != null && TEMPORAL.contains(marker) && !measured(g, k)) return h;
      int occasion = Occasions.anchor(g, k, b);
      if (occasion >= 0) return occasion;
      if (base.equals("advcl") && hasSubject(g, k) && whileClause(g, k)) return h;
      if (k == b && doerlessCondition(g, k)) return h;
      if (k != b && RESPONSE.contains(g.lemma(k)) && responseFrame(g, k, below)) return g.token(k).isVerb() ? k : h;
      if (describes(g, k) && g.head(h) >= 0) return h;
      below = k;
      k = h;
    }
    return -1;
  }

  /**
   * Does {@code k} head a clause describing the noun above it: a participle ("a guard involved in a shooting",
   * "rebels fighting to topple the government") or a relative clause in the past perfect ("whom they had taken
   * hostage two weeks ago")? Other relative clauses often report news of their own ("the commander, who was
   * killed in an attack") and are left alone; infinitival modifiers ("a demand to withdraw") are content.
   */
  private static boolean describes(SentenceGraph g, int k) {
    String rel = g.relation(k);
    if (rel.equals("acl")) return !g.hasMarker(k, "to");
    if (rel.equals("amod")) return g.token(k).isVerb();
    return rel.equals("acl:relcl") && (pluperfect(g, k) || placeClause(g, k));
  }

  /**
   * "lifted a curfew in Montenegro, where 28 people have been killed in riots this year": a relative clause opened
   * by "where" tells what the place has seen, the setting of the reported act, not a report of its own.
   */
  private static boolean placeClause(SentenceGraph g, int k) {
    for (int c : g.children(k)) if (g.baseRelation(c).equals("advmod") && g.lemma(c).equalsIgnoreCase("where")) return true;
    return false;
  }

  /** "whom they had taken hostage": a clause in the past perfect tells what happened before the reported event. */
  private static boolean pluperfect(SentenceGraph g, int k) {
    for (int c : g.children(k)) {
      if (g.baseRelation(c).equals("aux") && g.word(c).equalsIgnoreCase("had")) return true;
    }
    return false;
  }

  /**
   * The token a purpose clause holding {@code b} hangs from, or -1: "continued their hunger strike to demand the
   * resignation", "embarked on a trip to seek support for the demand" (the demand and the appeal are what the
   * strike and the trip are for, not statements of their own). Only for verbal triggers: the act a clause is for
   * ("started a hunger strike to protest X") often is what the sentence reports.
   */
  private static int purpose(SentenceGraph g, int b) {
    if (!g.hasMarker(b, "to") || hasSubject(g, b)) return -1;
    String base = g.baseRelation(b);
    // "continued their strike to demand": an infinitive after the object of a verb that is no event itself
    boolean afterObject = base.equals("xcomp") && g.head(b) >= 0 && g.child(g.head(b), "obj") != null;
    return base.equals("advcl") || afterObject ? g.head(b) : -1;
  }

  /**
   * "as he embarked on a trip", "when Idi Amin expelled them": a finite clause opened by as, when or while (a
   * conjunction or a wh-adverb) tells the circumstances of the reported event.
   */
  private static boolean whileClause(SentenceGraph g, int k) {
    for (int c : g.children(k)) {
      String r = g.baseRelation(c);
      if (c < k && (r.equals("mark") || r.equals("advmod")) && WHILE.contains(g.lemma(c))) return true;
    }
    return false;
  }

  /**
   * "suspended aid after two of their vehicles were hit", "before assistance to the region is released", parsed as
   * a temporal phrase "after two of their vehicles" with the verb left outside it (a dep, or even the root): a verb
   * whose auxiliaries directly follow a noun phrase opened by after, before, until or since is that phrase's
   * predicate. Returns the token the phrase hangs from, or -1.
   */
  private static int splitAdjunct(SentenceGraph g, int v) {
    if (!g.token(v).isVerb() || g.subject(v) != null || g.child(v, "nsubj:pass") != null) return -1;
    int first = v;
    while (first > 0 && g.head(first - 1) == v && g.baseRelation(first - 1).equals("aux")) first--;
    if (first == v || first == 0) return -1;
    for (int n = 0; n < first; n++) {
      String base = g.baseRelation(n);
      if (!(base.equals("obl") || base.equals("nmod")) || !SUBORDINATING.contains(String.valueOf(g.caseMarker(n)))) continue;
      if (g.subtree(n).previousSetBit(first - 1) == first - 1 && g.subtree(n).nextClearBit(n) == first) return g.head(n);
    }
    return -1;
  }

  /** Temporal prepositions that are also conjunctions opening a clause. */
  private static final Set<String> SUBORDINATING = Set.of("after", "before", "until", "since");

  /** Conjunctions of a condition. */
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  /**
   * "willing to send material to help defend Saudi Arabia if it is attacked": a passive condition that names no
   * doer is a hypothetical that qualifies the reported act, not an event anyone is said to do or threaten (the
   * threats' own conditions, "if Tehran retaliated", name their doer and are coded by ConditionalThreats).
   */
  private static boolean doerlessCondition(SentenceGraph g, int k) {
    if (!g.baseRelation(k).equals("advcl") || !g.token(k).isVerb()) return false;
    boolean condition = false;
    for (String c : CONDITIONS) condition |= g.hasMarker(k, c);
    return condition && g.child(k, "nsubj:pass") != null && g.child(k, "obl:agent") == null;
  }

  /** Units of an interval that dates one event from another ("thirty years after", "two days before"). */
  private static final Set<String> UNITS = Set.of("year", "month", "week", "day", "hour", "decade", "minute");

  /**
   * "Thirty years after Iraq invaded Kuwait": an adjunct measured from its event uses that event as a dated
   * anchor and states it as a fact of its own (coded, historical by its date), unlike "after a coup toppled".
   */
  private static boolean measured(SentenceGraph g, int k) {
    for (int c : g.children(k)) {
      if (c < k && UNITS.contains(g.lemma(c)) && g.child(c, "nummod") != null) return true;
    }
    return false;
  }

  /** Entity types of a date or time, which cannot be a clause's subject. */
  private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION");

  /**
   * A finite adverbial clause has its own subject ("after a coup toppled"); "after speaking by phone" has none,
   * and neither has "on Wednesday to investigate", where the parser took the date for a subject.
   */
  private static boolean hasSubject(SentenceGraph g, int k) {
    Integer s = g.child(k, "nsubj", "nsubj:pass", "csubj");
    return s != null && !TIMES.contains(g.token(s).ner());
  }

  /**
   * "in the wake of", "in protest of" (a frame noun with its preposition), or a verb "responding to", entered from
   * {@code below} through its complement (not "would respond if Russia attacked": the condition is no background).
   */
  private static boolean responseFrame(SentenceGraph g, int k, int below) {
    String via = g.baseRelation(below);
    if (!via.equals("obl") && !via.equals("nmod") && !via.equals("acl")) return false;
    if (g.token(k).isVerb()) return true;
    String base = g.baseRelation(k);
    return (base.equals("obl") || base.equals("nmod")) && FRAME_CASES.contains(String.valueOf(g.caseMarker(k)));
  }
}
