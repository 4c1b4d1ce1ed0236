package harbinger.coding;

import harbinger.lexicon.Condition;
import harbinger.lexicon.Lexicon;
import harbinger.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds lexicon triggers in a sentence: for each verb or noun token, the most specific entry whose particle
 * and conditions hold. Stateless and thread-safe.
 *
 * <p>Implementation notes: a verb's <em>context</em> is its subtree without its subject and without
 * clauses that stand on their own (parataxis, relative clauses, conjuncts, finite adverbial clauses).
 * Complements are kept: infinitival ones, so "urge X to reduce tensions" sees "reduce" and "tension";
 * that-clauses, so "demanded that Russia withdraw its troops" sees "withdraw" and "troops"; and "of"-gerunds,
 * so "accused X of breaching the ceasefire" sees "breach" and "ceasefire". A noun trigger's context adds its governing verb, so "held talks" and "launched an attack"
 * need no verb entries.
 */
final class TriggerFinder {
  private static final Set<String> CLAUSE_STOP = Set.of("parataxis", "acl:relcl", "conj", "nsubj",
      "nsubj:pass", "csubj", "csubj:pass", "punct", "advcl", "appos", "list", "dep");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
  private static final int CONTEXT_DEPTH = 6;

  private final Lexicon lexicon;

  TriggerFinder(Lexicon lexicon) { this.lexicon = lexicon; }

  List<Trigger> find(SentenceGraph g) {
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      var t = g.token(i);
      List<LexiconEntry> entries;
      if (t.isVerb() && NoComment.negated(g, i)) { if (!FirmSilence.silent(g, i, "011", false)) out.add(NoComment.trigger(g, i)); continue; }
      if (t.isVerb() && PlaceParticiples.describesPlace(g, i)) continue; // "held in Iraq and occupied Kuwait"
      if (AnyRelatives.inside(g, i)) continue; // "ties with any country that recognised it"
      Trigger aid = AidCraft.trigger(g, i);
      if (aid != null) { out.add(aid); continue; }
      Trigger extradition = ExtraditionFlights.trigger(g, i);
      if (extradition != null) { out.add(extradition); continue; }
      Trigger claim = ClaimedActs.trigger(g, i);
      if (claim == null) claim = SpiesNamed.trigger(g, i); // "Iraq said the reporter was an Israeli spy"
      if (claim != null) { out.add(claim); continue; }
      Trigger outlook = SympathyStatements.orOutlook(g, i);
      if (outlook != null) { out.add(outlook); continue; }
      String gerund = t.isVerb() ? GerundNouns.nounForm(g, i) : null;
      if (gerund != null && !lexicon.nounEntries(gerund).isEmpty()) entries = lexicon.nounEntries(gerund);
      else if (t.isVerb()) entries = lexicon.verbEntries(ToldOrders.lemma(g, i));
      else if (t.isNoun() && !t.isProperNoun() && !partOfName(g, i) && (!g.relation(i).equals("compound") || EventNounUses.inContainer(g, i))) {
        entries = EventNounUses.generic(g, i) ? List.of() : nounEntries(g, i);
      }
      else if (t.pos().startsWith("JJ")) entries = adjective(g, i);
      else continue;
      if (entries.isEmpty()) continue;
      BitSet context = context(g, i, entries.get(0).noun());
      for (LexiconEntry e : entries) {
        Trigger found = matches(g, i, e, context) ? WordSenses.sense(g, i, e) : null;
        // trade between private firms is no political cooperation ({@link CommercialDeals}), nor a firm's silence ({@link FirmSilence})
        if (found != null && (CommercialDeals.between(g, i, found.code(), e.noun()) || FirmSilence.silent(g, i, found.code(), e.noun()))) break;
        // nor a firm's demand, threat, appeal, promise or accusation to a firm or to nobody ({@link FirmDisputes})
        if (found != null && FirmDisputes.between(g, i, found.code(), e.noun())) break;
        // nor an arrest, a verdict or an act of force in a case between private persons ({@link PrivateCases}), or on animals ({@link Livestock})
        if (found != null && (PrivateCases.privateCase(g, i, found.code()) || Livestock.culled(g, i, found.code()))) break;
        // nor anything in a sports story ({@link SportsSenses#story})
        if (found != null && SportsSenses.story(g)) break;
        // nor is a private person's gift to a school or a stranger ({@link PrivateGifts})
        if (found != null && PrivateGifts.gift(g, i, found.code(), e.noun())) break;
        // nor a private person's rite, call, visit or contract ({@link PrivateCourtesies})
        if (found != null && (PrivateCourtesies.privateAct(g, i, found.code(), e.noun()) || TradeContracts.tradeContract(g, i, found.code(), e.noun())
            || PressCalls.toPress(g, i, found.code(), e.noun()))) break;
        if (found != null && RoutineSessions.routine(g, i, found.code(), e.noun())) break;
        // nor is a visit that a crash cut short ({@link InterruptedTrips}) or a prisoner flown to court ({@link CarriedPersons})
        if (found != null && (InterruptedTrips.interrupted(g, i, found.code()) || CarriedPersons.carried(g, i, found.code()))) break;
        if (found != null) { out.add(found); break; }
      }
    }
    return out;
  }

  /** A noun's entries: those of the hyphenated word it ends ("go-between", "cease-fire"), if any, else its lemma's. */
  private List<LexiconEntry> nounEntries(SentenceGraph g, int i) {
    for (String form : HyphenWords.forms(g, i)) {
      List<LexiconEntry> entries = lexicon.nounEntries(form);
      if (!entries.isEmpty()) return entries;
    }
    return lexicon.nounEntries(g.lemma(i));
  }

  /**
   * A capitalised common noun inside a sentence that is not written in title case is part of a name
   * ("the Strategic Stability Dialogue", "the Peace Summit"), not an event.
   */
  static boolean partOfName(SentenceGraph g, int i) {
    String w = g.word(i);
    if (i == 0 || w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
    int capitalised = 0;
    int words = 0;
    for (int k = 0; k < g.size(); k++) {
      String x = g.word(k);
      if (x.isEmpty() || !Character.isLetter(x.codePointAt(0))) continue;
      words++;
      if (Character.isUpperCase(x.codePointAt(0))) capitalised++;
    }
    return capitalised * 2 < words;
  }

  /**
   * "wounded", "detained" tagged JJ by the tagger are still verbs for coding; other adjectives are triggers only
   * as predicates ("was skeptical over", "is willing to", "remained critical of"), not as modifiers of a noun
   * ("a skeptical public").
   */
  private List<LexiconEntry> adjective(SentenceGraph g, int i) {
    String w = g.word(i).toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith("ed")) {
      List<LexiconEntry> verbs = lexicon.verbEntries(g.lemma(i));
      if (!verbs.isEmpty()) return verbs;
      // "The authorities relaxed restrictions": a past tense the tagger took for an adjective (lemma "relaxed") is a
      // verb when it has a direct object, which no adjective takes; its lemma is then found from the word's stem
      if (g.child(i, "obj") != null || AdjectivalPassives.passive(g, i)) {
        for (String stem : pastStems(w)) {
          verbs = lexicon.verbEntries(stem);
          if (!verbs.isEmpty()) return verbs;
        }
      }
    }
    return predicate(g, i) ? lexicon.adjectiveEntries(g.lemma(i).toLowerCase(java.util.Locale.ROOT)) : List.of();
  }

  /** Candidate lemmas of a regular past form: "relaxed" relax, "eased" ease, "stopped" stop, "carried" carry. */
  static List<String> pastStems(String w) {
    List<String> out = new ArrayList<>();
    String base = w.substring(0, w.length() - 2);
    if (base.length() < 2) return out;
    out.add(base);
    out.add(w.substring(0, w.length() - 1));
    int n = base.length();
    if (n >= 3 && base.charAt(n - 1) == base.charAt(n - 2)) out.add(base.substring(0, n - 1));
    if (base.endsWith("i")) out.add(base.substring(0, n - 1) + "y");
    return out;
  }

  /** An adjective with a copula or the complement of a linking verb ("seemed willing to"). */
  static boolean predicate(SentenceGraph g, int i) {
    return g.child(i, "cop") != null || g.relation(i).equals("xcomp");
  }

  private boolean matches(SentenceGraph g, int i, LexiconEntry e, BitSet context) {
    if (e.particle() != null && !hasParticle(g, i, e.particle())) return false;
    for (Condition c : e.conditions()) {
      boolean found = switch (c.scope()) {
        case CONTEXT -> anyLemma(g, context, c.lemmas());
        case OBJECT -> { Integer o = counted(g, objectHead(g, i, e.noun())); yield o != null && HeadWords.named(g, o, c.lemmas()); }
        case SUBJECT -> { Integer s = subjectHead(g, i); yield s != null && (HeadWords.named(g, s, c.lemmas()) || HeadWords.named(g, counted(g, s), c.lemmas())); }
        case SUBJECT_PHRASE -> SubjectPhrase.has(g, subjectHead(g, i), c.lemmas());
      };
      if (found != c.required()) return false;
    }
    return true;
  }

  private static boolean anyLemma(SentenceGraph g, BitSet set, Set<String> lemmas) {
    for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1)) {
      if (lemmas.contains(g.lemma(k)) || lemmas.contains(g.word(k).toLowerCase(java.util.Locale.ROOT))) return true;
      for (String form : HyphenWords.forms(g, k)) if (lemmas.contains(form)) return true;
    }
    return false;
  }

  /**
   * Only the verb's object (and adverbs) stand between verb {@code i} and position {@code start}: "fired two missiles
   * at"; and a bare time noun, as news style puts the day right after the verb: "met Monday with", "spoke last week to".
   * A noun trigger's agent may stand there too: "calls by Qatar and Egypt for a ceasefire".
   */
  private static boolean follows(SentenceGraph g, int i, int start) {
    Integer obj = g.child(i, "obj");
    BitSet allowed = obj == null ? new BitSet() : g.subtree(obj);
    for (int c : g.children(i)) if (g.relation(c).endsWith(":tmod")) allowed.or(g.subtree(c));
    // "fired across the border at an army post": the path of the act may stand before its goal
    for (int c : g.children(i)) if (g.baseRelation(c).equals("obl") && PATHS.contains(String.valueOf(g.caseMarker(c)))) allowed.or(g.subtree(c));
    if (g.token(i).isNoun()) for (int c : g.children(i)) if ("by".equals(g.caseMarker(c)) && c < start) allowed.or(g.subtree(c));
    for (int k = i + 1; k < start; k++) {
      if (!allowed.get(k) && !g.baseRelation(k).equals("advmod") && !g.relation(k).equals("compound:prt")) return false;
    }
    return true;
  }

  /** Prepositions of a path, which may stand between a verb and its particle phrase. */
  private static final Set<String> PATHS = Set.of("across", "over");

  static boolean hasParticle(SentenceGraph g, int i, String particle) {
    for (int c : g.children(i)) {
      if (g.relation(c).equals("compound:prt") && g.lemma(c).equals(particle)) return true;
      // a preposition counts when its phrase follows the verb closely ("called on Israel"), not an oblique further
      // on ("spoke on Monday by phone to ...") nor the infinitive marker before the verb ("to speak")
      if (c > i && particle.equals(g.caseMarker(c)) && follows(g, i, g.subtree(c).nextSetBit(0))) return true;
      if (c > i && (g.baseRelation(c).equals("case") || g.baseRelation(c).equals("mark")) && g.lemma(c).equals(particle)) return true;
      // a particle the parser took for an adverb after the object: "pulled their warships back", "called the strike off"
      if (c > i && g.baseRelation(c).equals("advmod") && g.lemma(c).equals(particle) && follows(g, i, c)) return true;
    }
    return i + 1 < g.size() && g.lemma(i + 1).equals(particle);
  }

  /** Nouns that only count what their "of" phrase names: "thousands of refugees", "dozens of prisoners". */
  private static final Set<String> COUNTS = Set.of("thousand", "thousands", "million", "millions", "hundred", "hundreds",
      "dozen", "dozens", "scores", "tens", "number", "group", "busload", "boatload", "team", "tonne", "tonnes", "ton",
      "tons", "batch", "planeload", "shipload", "truckload", "company");

  /** What a counting noun counts ("allow thousands of refugees to return": refugees), else the noun itself. */
  static @Nullable Integer counted(SentenceGraph g, @Nullable Integer k) {
    if (k == null || !COUNTS.contains(g.lemma(k))) return k;
    for (int c : g.children(k)) if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c))) return c;
    return k;
  }

  /** The subject head, or for a participle modifying a noun ("troops massed"), that noun. */
  static @Nullable Integer subjectHead(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null && g.relation(i).startsWith("acl") && g.head(i) >= 0) s = g.head(i);
    if (s == null && g.relation(i).equals("xcomp") && g.head(i) >= 0 && g.token(g.head(i)).isVerb()) s = g.subject(g.head(i));
    // a passive's doer is its "by" agent: "Mali was suspended by the African Union" meets "subj=union"
    if (s == null && g.child(i, "nsubj:pass") != null) s = ArgumentFinder.obliqueWith(g, i, List.of("by"));
    return s;
  }

  static @Nullable Integer objectHead(SentenceGraph g, int i, boolean noun) {
    if (noun) {
      for (int c : g.children(i)) if (g.baseRelation(c).equals("nmod") || g.relation(c).equals("compound")) return c;
      return null;
    }
    Integer o = g.child(i, "obj");
    if (o == null) o = g.child(i, "nsubj:pass");
    return o;
  }

  /** The trigger's context tokens (see class notes). */
  static BitSet context(SentenceGraph g, int i, boolean noun) {
    BitSet out = new BitSet();
    walk(g, i, 0, out);
    if (!noun) out.or(PostposedReports.clause(g, i)); // "..., the police chief warned", hung under what it reports
    int held = noun ? -1 : MisattachedObjects.reducedRelative(g, i); // "the sailors held in Tehran would be allowed to"
    if (held >= 0) out.or(g.subtree(held));
    out.clear(i);
    // a participle modifying a noun takes the noun as its object: "troops massed", "began collecting signatures"
    if (!noun && (g.relation(i).startsWith("acl") || g.relation(i).equals("amod")) && g.head(i) >= 0) {
      out.set(g.head(i));
      // and the noun's "with" phrase is what it was given: "intelligence supplied[amod] investigators with the
      // information", as the parser read "Moroccan intelligence supplied French investigators with ..." (session 21)
      for (int c : g.children(g.head(i))) {
        if (c > i && g.relation(i).equals("amod") && g.baseRelation(c).equals("nmod") && "with".equals(g.caseMarker(c))) walk(g, c, 1, out);
      }
    }
    if (noun && g.head(i) >= 0) {
      int h = governor(g, i);
      out.set(h);
      // "died as a result of torture": the act whose result the noun names governs it
      if (RESULTS.contains(g.lemma(h)) && g.head(h) >= 0) out.set(g.head(h));
      for (int c : g.children(h)) {
        if (g.relation(c).equals("compound:prt") || g.relation(c).equals("amod")) out.set(c);
        // the predicate of which the noun is the subject says what became of it: "an embargo came into force"
        if (g.relation(i).equals("nsubj") && (g.relation(c).equals("obj") || g.baseRelation(c).equals("obl"))) out.set(c);
        // the purpose of the act that carries the noun is the noun's purpose: "staged demonstrations to demand reforms"
        if (g.token(i).isNoun() && g.relation(i).equals("obj") && purpose(g, c)) walk(g, c, 1, out);
        // the partner of the act that carries the noun is the noun's partner: "will hold exercises with Belarus"
        if (g.relation(i).equals("obj") && g.baseRelation(c).equals("obl") && "with".equals(g.caseMarker(c))) walk(g, c, 1, out);
        // the topic of an inquiry the parser hung on the verb that opens it: "began a probe into bribes paid by ..."
        if (g.relation(i).equals("obj") && g.baseRelation(c).equals("obl") && "into".equals(g.caseMarker(c))) walk(g, c, 1, out);
        // the giver of what a verb of receiving gets: "won recognition from Germany" (session 21, {@link Receipts})
        if (g.relation(i).equals("obj") && g.baseRelation(c).equals("obl") && "from".equals(g.caseMarker(c)) && Receipts.receiving(g, h)) walk(g, c, 1, out);
        if (AppealObjects.forPhrase(g, i, c)) walk(g, c, 1, out);
      }
      Integer content = CameFrom.contentVerb(g, i); // "Calls[nsubj] for X to go[root] back to the table came[dep] from Y"
      if (content != null) for (int c : g.children(content)) if (!g.relation(c).equals("dep") && !g.relation(c).startsWith("nsubj") && !g.relation(c).equals("punct")) walk(g, c, 1, out);
    }
    return out;
  }

  /** Nouns through which an event noun names the cause of another event: "as a result of torture". */
  static final Set<String> RESULTS = Set.of("result", "consequence");

  /**
   * The word that governs noun {@code i}: its head, the verb above a bare time noun the parser took for the head
   * ("lifted Friday a blockade": "blockade" hangs from "Friday", which hangs from "lifted"), or the verb above a
   * noun that only counts or carries it ({@link ArgumentFinder#CARRIERS}).
   */
  static int governor(SentenceGraph g, int i) {
    int h = g.head(i);
    if (g.relation(i).equals("dep") && g.relation(h).endsWith(":tmod") && g.head(h) >= 0) return g.head(h);
    int verb = MisattachedObjects.verbOverDeterminer(g, i); // "lift the[obj] embargo[dep]"
    if (verb >= 0) return verb;
    // "began three days of exercises", "launched a wave of strikes": the verb governs the events the carrier counts
    if (g.baseRelation(i).equals("nmod") && "of".equals(g.caseMarker(i)) && ArgumentFinder.CARRIERS.contains(g.lemma(h))
        && g.head(h) >= 0 && g.token(g.head(h)).isVerb()) return g.head(h);
    return h;
  }

  /**
   * An infinitival clause of purpose ("to demand reforms", "in order to protest"), attached by the parser as an
   * adverbial clause or, after an object, as an open complement ("continued their strike to demand ...").
   */
  private static boolean purpose(SentenceGraph g, int c) {
    String rel = g.relation(c);
    return (rel.startsWith("advcl") || rel.equals("xcomp")) && g.hasMarker(c, "to") && g.child(c, "nsubj") == null;
  }

  /**
   * The subject of an infinitive below the trigger is part of the content, not a doer of the trigger: the parser
   * makes the asked party or thing the subject of a "for ... to" or "on ... to" clause ("called for NATO troops to
   * protect", "an urgent call for international help to cope", "called on the government to return"), and of an
   * infinitive after a noun ("grant its minority the right to broadcast").
   */
  private static boolean forToSubject(SentenceGraph g, int head, int child, int depth) {
    // also a passive one: "called for an international force to be sent"
    return depth > 0 && (g.relation(child).equals("nsubj") || g.relation(child).equals("nsubj:pass"))
        && g.hasMarker(head, "to") && !g.token(head).isNoun();
  }

  /**
   * Nouns of a frame naming the event an act answers ("in retaliation for", "in response to", "in the wake of").
   * Narrower than {@link Salience}'s response frames: "in protest at" names what a protest is about, its content.
   */
  private static final Set<String> RESPONSES = Set.of("retaliation", "response", "reprisal", "revenge", "reaction",
      "wake", "aftermath");
  private static final Set<String> RESPONSE_CASES = Set.of("in", "as");

  /**
   * "fired cruise missiles in retaliation for the chemical attack": the event an act answers is another event, and
   * its words (chemical) say nothing of the act.
   */
  private static boolean respondedTo(SentenceGraph g, int c) {
    String base = g.baseRelation(c);
    return (base.equals("obl") || base.equals("nmod")) && RESPONSES.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))
        && RESPONSE_CASES.contains(String.valueOf(g.caseMarker(c)));
  }

  /** Verbs taking a bare infinitive with its own subject: "let the inspectors return", "made the rebels disarm". */
  private static final Set<String> BARE_INFINITIVE_VERBS = Set.of("let", "make", "help", "have");

  /** A bare-infinitive clause of a causative verb ("let the inspectors return"): its subject is what is let, content. */
  private static boolean bareComplement(SentenceGraph g, int clause) {
    int h = g.head(clause);
    return h >= 0 && BARE_INFINITIVE_VERBS.contains(g.lemma(h).toLowerCase(java.util.Locale.ROOT))
        && g.child(clause, "mark") == null && !g.token(clause).pos().equals("VBD") && !g.token(clause).pos().equals("VBZ");
  }

  private static void walk(SentenceGraph g, int i, int depth, BitSet out) {
    out.set(i);
    if (depth >= CONTEXT_DEPTH) return;
    for (int c : g.children(i)) {
      String rel = g.relation(c);
      if (respondedTo(g, c)) continue;
      // the passive subject is what the act is done to ("diplomats were expelled"): it is context, as an object is
      boolean passiveObject = depth == 0 && (rel.equals("nsubj:pass") || rel.equals("nsubj") && AdjectivalPassives.passive(g, i));
      if (depth == 0 && (MisattachedObjects.participleSubject(g, c) || MisattachedObjects.objectClause(g, i, c))) { out.or(g.subtree(c)); continue; }
      // a noun the parser left as "dep" of a noun is part of that noun phrase ("tolerate rallies by the ... group")
      boolean nominalDep = rel.equals("dep") && g.token(c).isNoun() && g.token(i).isNoun();
      // a noun conjoined to a noun belongs to the same phrase ("sent a rescue team and tents"); only clauses stop
      boolean nounConjunct = rel.equals("conj") && g.token(c).isNoun() && g.token(i).isNoun()
          || MisattachedObjects.objectConjunct(g, i, c) || MisattachedObjects.nounOfDeterminer(g, i, c);
      boolean forToSubject = forToSubject(g, i, c, depth);
      boolean looseInfinitive = rel.equals("dep") && g.token(c).isVerb() && g.hasMarker(c, "to") || LooseContentClauses.loose(g, c); // "willing to sit down with"
      // "sent a ship loaded with food", parsed with the participle as a loose dependent of the verb: the load is the
      // object's, and so part of what was sent; so is a mis-tagged infinitive after a loose "to" ({@link StrandedInfinitives})
      if (rel.equals("dep") && g.token(c).isVerb() && AidCraft.LOADING.contains(g.lemma(c)) || StrandedInfinitives.stranded(g, i, c)) { out.or(g.subtree(c)); continue; }
      // "demanded that Zagreb hand over ...": the parser takes a bare subjunctive for a noun hanging from "that"
      boolean thatClause = rel.equals("dep") && g.lemma(i).equalsIgnoreCase("that") && depth == 1;
      // the subject of the demanded or refused act is what the act is about: "demanded that protesters end their
      // blockade" (only in the trigger's own that-clause or open complement, not deeper)
      boolean complementSubject = (depth == 1 || LooseContentClauses.loose(g, i)) && SUBJECTS.contains(rel) && !rel.equals("csubj")
          && (g.relation(i).equals("ccomp") && (g.hasMarker(i, "that") || bareComplement(g, i)) || g.relation(i).equals("xcomp")
              || LooseContentClauses.ofHead(g, i))
          || rel.equals("nsubj") && g.relation(i).equals("ccomp") && bareComplement(g, i); // "a motion that would let troops use its soil"
      if (depth == 0 && WiderContext.looseGerund(g, i, c)) { out.or(g.subtree(c)); continue; } // "ruled out stepping down"
      boolean wider = depth == 0 && WiderContext.actLabel(g, i, c) || WiderContext.reportedSubject(g, i, rel) || WiderContext.demandedSubject(g, i, rel)
          || ContentRelatives.content(g, c) // "allegations that police tortured detainees" read as a relative clause
          || WiderContext.documentClause(g, i, c, depth) // "voted down a motion that would have let troops use its soil"
          || WiderContext.siteClause(g, i, c, depth); // "examined the site where rockets struck a bus"
      if (!passiveObject && !nominalDep && !nounConjunct && !forToSubject && !thatClause && !complementSubject && !looseInfinitive
          && !wider && !(depth == 0 && LooseContentClauses.content(g, i, c))
          && (CLAUSE_STOP.contains(rel) || SUBJECTS.contains(rel))) {
        // a purpose or a "from"-gerund is what the act is about: "barred the party from contesting the election"
        // a preposition the parser made the head of a clause is an oblique ("stood up for Belgrade's right", "set their seal on accords")
        if (!(rel.equals("advcl") && (g.hasMarker(c, "to") || g.hasMarker(c, "of") || g.hasMarker(c, "from") || g.hasMarker(c, "into") || g.token(c).pos().equals("IN") || AsComplements.predicative(g, c) || WhClauses.asked(g, c)))
            && !(depth == 0 && ProtestAims.demandParticiple(g, c))) continue;
      }
      walk(g, c, depth + 1, out);
    }
  }
}
