package harbinger.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the source and target heads of a trigger from the dependency tree.
 *
 * <p>Implementation notes (UD basic dependencies):
 * <ul>
 *   <li>active verbs: source = nsubj, target = obj, else iobj, else an oblique with a target preposition, in
 *       order of preference (with, to, against, at, toward(s), into, on, for, over, from, upon);</li>
 *   <li>passive verbs (nsubj:pass or aux:pass): source = the "by" oblique, target = nsubj:pass, so that
 *       "Y was attacked by X" is X → Y and never reversed;</li>
 *   <li>verbs without a subject inherit it: infinitival complements from the controller (the object of the
 *       governing verb if it has one, else its subject: "X urged Y to meet Z"), conjuncts from the first conjunct,
 *       participial modifiers from the noun they modify ("troops deployed", "people arrested"); a complement
 *       misattached as "dep" next to its governor's object takes that object ("predict Putin plans to ...");</li>
 *   <li>relative pronouns (who, that, which) stand for the noun the relative clause modifies;</li>
 *   <li>nouns: source from a possessive or "by" modifier or a national adjective, target from "on/against/with/to"
 *       modifiers, both from "between X and Y"; otherwise the participants of the nearest governing clause with an
 *       explicit subject, with the next clause up as a second choice;</li>
 *   <li>dates, numbers and other non-actor entities are never arguments.</li>
 * </ul>
 */
final class ArgumentFinder {
  static final List<String> TARGET_PREPS = List.of("with", "to", "against", "at", "toward", "towards", "into",
      "on", "upon", "for", "over", "from");
  /** Verbs whose object is the thing handed over, not a party. */
  static final Set<String> TRANSFER_VERBS = Set.of("send", "provide", "give", "supply", "deliver", "donate", "ship",
      "transfer", "grant", "offer", "pledge", "promise", "allocate", "lend", "sell", "deploy", "dispatch", "export",
      "airlift", "hand", "return", "extradite", "move", "station");
  /** Verbs whose object is what is taken away and whose "from" phrase is the party left ("withdrew troops from X"). */
  /** Verbs of putting a member or a guest out, whose "from" body in the passive is the doer. */
  private static final Set<String> EXPULSIONS = Set.of("expel", "suspend", "exclude", "eject", "oust");
  static final Set<String> REMOVAL_VERBS = Set.of("withdraw", "pull", "remove", "evacuate", "recall", "redeploy", "relocate");
  /** What an office holder is removed from, which is no party ("removed the president from office"). */
  static final Set<String> OFFICES = Set.of("office", "post", "power", "presidency", "premiership", "position", "job",
      "throne", "leadership", "seat");
  /** Passive forms whose subject does the act in their "in" phrase ("were engaged in", "is involved in"). */
  static final Set<String> ENGAGED = Set.of("engage", "involve");
  /** Verbs whose object does the act of their infinitive ("urged Iran to free", "sent troops to guard"). */
  static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "call", "tell", "force", "order", "persuade", "allow",
      "encourage", "invite", "press", "pressure", "compel", "require", "warn", "advise", "instruct", "help", "enable",
      "permit", "authorize", "authorise", "lead", "get", "want", "expect", "need", "request", "beg", "appeal",
      "challenge", "dare", "oblige", "push", "prompt", "convince", "inspire", "mandate", "empower", "direct", "train",
      "send", "deploy", "dispatch", "task", "let", "make", "cause", "remind", "exhort", "implore", "entreat",
      "coerce", "drive", "leave", "mobilize", "mobilise", "recruit", "hire", "pay", "bribe", "threaten", "demand",
      "petition", "lobby", "commission", "assign", "appoint", "elect", "choose", "select", "nominate");
  /** Verbs whose object is the weapon used ("fired missiles at", "launched drones against"). */
  static final Set<String> INSTRUMENT_VERBS = Set.of("fire", "launch", "drop", "detonate", "test-fire", "lob", "hurl");
  private static final Set<String> HEADLINE_PASSIVE_ROOTS = Set.of("17", "18", "19", "20", "16");
  private static final Set<String> RELATIVE = Set.of("who", "that", "which", "whom");
  /** Roots whose participial modifier names the doer ("troops massed", "protesters gathered"). */
  private static final Set<String> ACTIVE_PARTICIPLE_ROOTS = Set.of("01", "03", "04", "14", "15");

  List<Integer> expand(SentenceGraph g, @Nullable Integer head) {
    List<Integer> out = new ArrayList<>();
    if (head == null) return out;
    int h = CountedNouns.throughQuantity(g, resolveRelative(g, head));
    if (g.nonActor(h)) return out;
    out.add(h);
    for (int c : g.children(h)) {
      if (g.relation(c).equals("conj") && (g.token(c).isNoun() || g.token(c).isPronoun()) && !g.nonActor(c)) out.add(c);
    }
    // "the leaders of France and Germany met ...": the other countries the role noun is "of" are parties too
    Integer of = g.token(h).pos().equals("NNS") && PhraseCues.SHARED_ROLES.contains(g.lemma(h)) ? g.child(h, "nmod") : null;
    if (of != null && "of".equals(g.caseMarker(of))) {
      for (int c : g.children(of)) if (g.relation(c).equals("conj") && g.token(c).isNoun() && !g.nonActor(c)) out.add(c);
    }
    return out;
  }

  Arguments find(SentenceGraph g, Trigger t) {
    return find(g, t, false);
  }

  /**
   * In a headline, a transitive act with a subject and no object is passive with "was" left out
   * ("Navalny detained on return to Moscow", "Three soldiers killed in ambush"): the subject is the target.
   */
  Arguments find(SentenceGraph g, Trigger t, boolean headline) {
    if (t.noun()) return Receipts.giverFirst(this, g, t, NounArguments.of(this, g, t));
    Arguments possessed = PossessedGerunds.of(this, g, t.token()); // "kept up their shelling of Ukrainian positions"
    if (possessed != null) return possessed;
    Arguments a = Receipts.giverFirst(this, g, t, verbArguments(g, t.token(), t.code(), 0));
    int v = t.token();
    Arguments parties = NounFrames.betweenOfSubject(this, g, v, a);
    if (parties != null) return parties;
    boolean transitiveAct = HEADLINE_PASSIVE_ROOTS.contains(t.code().substring(0, 2));
    if (headline && transitiveAct && g.child(v, "obj") == null && g.subject(v) != null
        && g.token(v).pos().matches("VBD|VBN") && obliqueWith(g, v, List.of("by")) == null) {
      return new Arguments(List.of(), a.sources(), true);
    }
    return a;
  }

  Arguments verbArguments(SentenceGraph g, int v, String code, int depth) {
    boolean passive = g.child(v, "nsubj:pass") != null || g.child(v, "aux:pass") != null;
    if (passive && ENGAGED.contains(g.lemma(v)) && obliqueWith(g, v, List.of("in")) != null && obliqueWith(g, v, List.of("by")) == null) {
      // "Serb forces were engaged in fighting against ...": the subject of "be engaged / involved in" does the act
      List<Integer> doers = expand(g, g.child(v, "nsubj:pass"));
      return new Arguments(doers, expand(g, obliqueWith(g, v, List.of("against", "with", "on", "toward", "towards"))), false);
    }
    Integer source;
    Integer target;
    Integer obliqueTarget = null;
    if (passive) {
      source = obliqueWith(g, v, List.of("by"));
      if (source == null) source = ArgumentRepairs.subjectOfByClause(g, v); // "killed by Pakistani shelling"
      if (source == null) source = WhenAttackers.of(g, v); // "was killed when Israeli helicopters fired at him"
      if (source == null && EXPULSIONS.contains(g.lemma(v))) {
        // "Russia was expelled from the Council of Europe", "two diplomats were expelled from Moscow": the named body
        // or capital one is put out of is who puts one out
        Integer from = obliqueWith(g, v, List.of("from"));
        if (from != null && g.token(from).isProperNoun()) source = from;
      }
      Arguments moved = source == null ? MovedForces.of(this, g, v) : null;
      if (moved != null) return moved; // "Syrian troops were pulled out of Lebanon"
      target = TRANSFER_VERBS.contains(g.lemma(v)) ? obliqueWith(g, v, List.of("to", "for", "into")) : g.child(v, "nsubj:pass");
      obliqueTarget = obliqueWith(g, v, TARGET_PREPS);
    } else {
      source = g.subject(v);
      if (TRANSFER_VERBS.contains(g.lemma(v)) || turnedOver(g, v) || passedOn(g, v)) {
        target = recipient(g, v);
        Integer partner = target == null ? null : ArgumentRepairs.partnerOfOwn(g, target);
        if (partner != null) target = partner; // "sent tank battalions to its border with Colombia"
      } else if ((REMOVAL_VERBS.contains(g.lemma(v)) || PlacesLeft.leftBySubject(g, v, code)) && PlacesLeft.ofVerb(g, v) != null) {
        // ("removed the president from office": the office is no party; the one removed is, below)
        // "withdrew its troops from Lebanon", "pulled out of Lebanon": the party left is the place
        target = PlacesLeft.ofVerb(g, v);
      } else if (INSTRUMENT_VERBS.contains(g.lemma(v))) {
        List<String> aimed = List.of("at", "on", "against", "into", "toward", "towards", "upon", "over");
        target = obliqueWith(g, v, aimed);
        Integer weapon = g.child(v, "obj");
        if (target == null && weapon != null) {
          // "launched rocket fire against guerrilla camps": the aim may hang on the weapon
          for (int c : g.children(weapon)) {
            if (g.baseRelation(c).equals("nmod") && aimed.contains(String.valueOf(g.caseMarker(c))) && !g.nonActor(c)) { target = c; break; }
          }
        }
      } else {
        target = g.child(v, "obj");
        if (target == null) target = MisattachedObjects.clauseParty(g, v); // "stopped the rally held by workers ..."
        if (target == null) target = ArgumentRepairs.objectAfterResult(g, v);
        if (target == null) target = ArgumentRepairs.objectOfHeldClause(g, v);
        if (target == null) target = ArgumentRepairs.addresseeOfInfinitive(g, v);
        if (target == null) target = ArgumentRepairs.pressedByPurpose(g, v);
        else if (REMOVAL_VERBS.contains(g.lemma(v))) target = ArgumentRepairs.postedTo(g, v, target);
        if (target == null || g.nonActor(target)) target = g.child(v, "iobj");
        // "called President Park a 'crafty prostitute'", "handed Moscow a written response": the first of two objects is the party
        if (target != null && g.child(v, "iobj") != null && g.child(v, "iobj") < target && !g.nonActor(g.child(v, "iobj"))) target = g.child(v, "iobj");
        // "called President Lee a 'traitor'", "declared President Bucaram unfit": the parser's small clause has the party as subject
        if (target == null) target = ArgumentRepairs.smallClauseSubject(g, v);
        target = ActivityPartners.partnerOr(g, target); // "suspended civilian cooperation with Russia"
        Integer oblique = obliqueWith(g, v, TARGET_PREPS);
        // "called on the army to side with the people": the party called on is addressed, whatever else follows
        if (g.lemma(v).equals("call")) {
          Integer addressee = ArgumentRepairs.calledOn(g, v);
          if (addressee != null) oblique = addressee;
        }
        Integer loser = ArgumentRepairs.placeTakenFrom(g, v, target);
        if (loser == null) loser = RoutedParties.of(g, v, code); // "overran the city after routing government forces"
        if (loser == null) loser = BoundFor.party(g, v); // "closed its border to trade bound for Macedonia"
        if (loser == null && target != null) loser = ArgumentRepairs.shutTo(g, target); // "closed the country's airspace to Moroccan aircraft"
        if (loser != null) { oblique = target; target = loser; }
        if (target == null) target = oblique;
        else if (oblique != null) obliqueTarget = oblique;
        else obliqueTarget = ArgumentRepairs.partnerOfOwn(g, target); // "closed its border with Albania"
      }
    }
    if (source == null && !passive) {
      Integer[] quoted = QuotedAs.of(g, v); // "the agency quoted the minister as accusing Israel"
      if (quoted != null) {
        source = quoted[0];
        if (target == null) target = quoted[1];
      }
    }
    if (source == null && !passive) source = ParticipleRoots.subject(g, v); // "soldiers armed with clubs clashed"
    if (!passive) source = SentForces.sender(g, source == null ? RelativeSubjects.subject(g, v) : source); // "troops, who had ..., fired"; "a force sent by ECOWAS"
    if (!passive) source = Distributives.doer(g, v, source);
    if (source == null && !passive) source = ArgumentRepairs.documentAuthor(g, v);
    if (source == null && target == null && g.relation(v).startsWith("acl") && !passive) {
      // participle modifying a noun: "70,000 soldiers gathered", "activists arrested"
      int noun = g.head(v);
      boolean doer = !g.token(v).pos().equals("VBN") || ACTIVE_PARTICIPLE_ROOTS.contains(code.substring(0, 2));
      Integer by = obliqueWith(g, v, List.of("by"));
      if (by != null) return new Arguments(expand(g, by), expand(g, noun), true);
      if (doer) return new Arguments(expand(g, noun), List.of(), false);
      return new Arguments(List.of(), expand(g, noun), true);
    }
    target = HeldBy.holder(g, v, CommittedActs.perpetrator(g, target)); // "... committed by Russian forces", "hostages held by X"
    List<Integer> sources = expand(g, source);
    List<Integer> targets = expand(g, target);
    List<Integer> fallbackTargets = new ArrayList<>(expand(g, obliqueTarget));
    if (depth < 4 && g.head(v) >= 0) {
      String rel = g.relation(v);
      int h = g.head(v);
      // "Defying a court order, the government ...", "Meeting in Geneva, Baker and Aziz talked ...", "Lavishing
      // compliments on his host, Medvedev ...": a fronted participle of rejection or cooperation (roots 01-08) is
      // done by the clause's subject
      // (the parser also leaves a sentence-initial one as a loose "dep" of the verb: "Meeting[dep] in Reykjavik, ...")
      boolean frontedParticiple = (rel.equals("advcl") || rel.equals("dep") && v == 0) && v < h && g.token(v).pos().equals("VBG")
          && g.child(v, "mark") == null && (code.startsWith("12") || code.startsWith("0"));
      if (sources.isEmpty() && (rel.equals("xcomp") || rel.equals("advcl") && g.hasMarker(v, "to") || frontedParticiple || DueTo.complement(g, v))) {
        // "urged Iran to free ..." (object control): the object; "shunned work to protest ..." (purpose) and
        // "continued their strike to demand ..." (a verb that does not hand the act over): the subject
        boolean subjectControl = (rel.equals("advcl") || frontedParticiple || !OBJECT_CONTROL.contains(g.lemma(h))) && g.subject(h) != null;
        Integer controller = subjectControl ? g.subject(h) : g.child(h, "obj");
        if (controller == null) controller = g.subject(h);
        if (controller == null) controller = g.child(h, "nsubj:pass");
        if (controller == null) controller = verbArguments(g, h, code, depth + 1).sources().stream().findFirst().orElse(null);
        sources = expand(g, controller);
        // "sent 21 personnel to Bosnia to investigate ...": what is done on arrival is done to where they were sent
        if (TRANSFER_VERBS.contains(g.lemma(h)) && !passive) fallbackTargets.addAll(expand(g, obliqueWith(g, h, List.of("to", "into"))));
      } else if (rel.equals("conj") && g.token(h).isVerb()) {
        Arguments first = verbArguments(g, h, code, depth + 1);
        if (sources.isEmpty()) sources = first.sources();
        if (!passive) fallbackTargets.addAll(first.targets());
      } else if (passive && targets.isEmpty() && GreetedVisitors.journeyVisitor(g, v) != null) {
        targets = expand(g, GreetedVisitors.journeyVisitor(g, v)); // "flew to Israel to be received by Begin": Sadat is received
      } else if (sources.isEmpty() && FreeAdjuncts.doer(g, v, h) != null) {
        sources = expand(g, FreeAdjuncts.doer(g, v, h)); // "captured the base, driving out the troops guarding it"
      } else if (sources.isEmpty() && (rel.equals("dep") || rel.equals("ccomp") || rel.equals("parataxis"))) {
        Integer obj = g.child(h, "obj");
        if (obj != null && obj < v && v - obj <= 2) sources = expand(g, obj);
      }
    }
    return new Arguments(sources, targets, passive, List.of(), fallbackTargets);
  }

  /** "passed a revised proposal to Hamas negotiators", "relayed a message to Tehran": what is passed on goes "to" the target. */
  private static boolean passedOn(SentenceGraph g, int v) {
    if (!Set.of("pass", "relay", "convey", "forward").contains(g.lemma(v))) return false;
    if (obliqueWith(g, v, List.of("to")) != null) return true;
    Integer obj = g.child(v, "obj"); // "passed an American message on the talks to Iranian negotiators": hung inside the object
    if (obj == null) return false;
    java.util.BitSet inner = g.subtree(obj);
    for (int k = inner.nextSetBit(obj + 1); k >= 0; k = inner.nextSetBit(k + 1)) {
      if (g.baseRelation(k).equals("nmod") && "to".equals(g.caseMarker(k))) return true;
    }
    return false;
  }

  /** "turned the militant over to France": "turn over" hands what it moves to the "to" party, like "hand over". */
  private static boolean turnedOver(SentenceGraph g, int v) {
    return g.lemma(v).equals("turn") && g.children(v).stream().anyMatch(c -> g.relation(c).equals("compound:prt") && g.lemma(c).equals("over"));
  }

  /**
   * The recipient of a transfer ("sent tanks to Ukraine", "gave Ukraine tanks", "provided Ukraine with tanks"):
   * the object of such verbs is what is sent, never the target, unless a "with" phrase names what is sent.
   */
  private static @Nullable Integer recipient(SentenceGraph g, int v) {
    Integer to = obliqueWith(g, v, List.of("to", "for", "into"));
    if (to != null) return to;
    Integer iobj = g.child(v, "iobj");
    if (iobj != null) return iobj;
    Integer obj = g.child(v, "obj");
    if (obj != null && obliqueWith(g, v, List.of("with")) != null) return obj;
    if (obj != null && DoubleObjects.firstIsRecipient(g, v, obj)) return obj; // "handed India's envoy a protest"
    if (obj != null) {
      for (int c : g.children(obj)) if (g.baseRelation(c).equals("nmod") && "to".equals(g.caseMarker(c))) return c;
      // "handed over a suspect seized in Ayutthaya to U.S. authorities": the parser hangs the recipient on a word
      // inside the long object (the participle or noun before it); the first "to" phrase after the object's head
      java.util.BitSet inner = g.subtree(obj);
      for (int k = inner.nextSetBit(obj + 1); k >= 0; k = inner.nextSetBit(k + 1)) {
        String base = g.baseRelation(k);
        if ((base.equals("obl") || base.equals("nmod")) && "to".equals(g.caseMarker(k)) && !g.nonActor(k)) return k;
      }
    }
    return null;
  }

  /**
   * Nouns that carry the event named in their "of" modifier ("a round of talks", "a series of attacks", "the start
   * of the offensive"): the clause's parties are the event's. Other nouns ("involvement in the attack", "the
   * victims of the bombing") describe something else, and their clause's subject did not do the event.
   */
  static final Set<String> CARRIERS = Set.of("round", "rounds", "series", "wave", "spate", "string", "number", "dozen",
      "dozens", "hundred", "hundreds", "rash", "flurry", "barrage", "total", "start", "beginning", "end", "resumption", "continuation", "part", "day",
      "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "first", "latest", "kind", "type");

  static boolean isNamedOrNational(SentenceGraph g, int c) {
    String ner = g.token(c).ner();
    return g.token(c).isProperNoun() || ner.equals("NATIONALITY") || ner.equals("COUNTRY") || ner.equals("ORGANIZATION");
  }

  /** Second-choice targets when the target phrases of a trigger name no party: see {@link InnerTargets}. */
  List<List<Integer>> innerTargets(SentenceGraph g, int trigger, List<Integer> unresolved, boolean inquiry) {
    return InnerTargets.of(this, g, trigger, unresolved, inquiry);
  }

  /** The first oblique of {@code v} whose preposition comes earliest in {@code preps} (dates and numbers excluded). */
  static @Nullable Integer obliqueWith(SentenceGraph g, int v, List<String> preps) {
    Integer best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int c : g.children(v)) {
      if (!g.baseRelation(c).equals("obl") || g.nonActor(c)) continue;
      String p = g.caseMarker(c);
      int rank = p == null ? -1 : preps.indexOf(p);
      if (rank >= 0 && rank < bestRank) { best = c; bestRank = rank; }
    }
    return best;
  }

  private static int resolveRelative(SentenceGraph g, int i) {
    if (RELATIVE.contains(g.lemma(i))) {
      int clause = g.head(i);
      if (clause >= 0 && g.relation(clause).startsWith("acl") && g.head(clause) >= 0) return g.head(clause);
      // "RUF rebels, who have seized ...": the parser may hang a comma-set relative clause on its noun as "dep"
      if (clause >= 0 && g.relation(clause).equals("dep") && g.head(clause) >= 0 && g.head(clause) < i && g.token(g.head(clause)).isNoun()) return g.head(clause);
    }
    return i;
  }
}
