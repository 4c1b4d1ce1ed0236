package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause that governs a time expression, as TenseDates and the clock-time and day-phrase
 * resolvers read it: -1 past, +1 future (including clauses whose time lies ahead of their tense: "agreed to meet
 * Monday", "has called a strike for Saturday"), 0 present or unknown. Split out of TenseDates (session 9), behaviour
 * unchanged. Pure functions over the mapped records.
 */
final class ClauseTense {
  private ClauseTense() {}

  private static final Set<String> PAST_MODAL = Set.of("would", "could", "might", "should");
  private static final Set<String> SCHEDULING = Set.of("schedule", "reschedule", "slate");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> PLANNING = Set.of("promise", "call", "plan", "schedule", "vow", "pledge", "propose",
      "threaten", "urge", "organize", "organise");

  /**
   * Does the expression date its clause or an event noun ("rises in January", "the elections in November"),
   * rather than name a period of data before a noun ("the December employment figures", "the September jobs
   * report")?
   */
  static boolean ofVerb(Sentence s, Timex t) {
    for (int i = t.beginToken(); i < t.endToken(); i++) {
      Dependency d = s.headOf(i);
      if (d == null || d.governor() >= t.beginToken() && d.governor() < t.endToken()) continue;
      return d.governor() >= 0 && !d.relation().matches("compound|amod|nmod:poss|nsubj.*");
    }
    return false;
  }

  /** Is the verb governing the expression in the present tense ("doesn't foresee", "expects", "can be done")? */
  static boolean presentClause(Sentence s, Timex t) {
    int k = -1;
    for (int i = t.beginToken(); i < t.endToken() && k < 0; i++) {
      Dependency d = s.headOf(i);
      if (d != null && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) k = d.governor();
    }
    k = verbAbove(s, k);
    // a gerund without auxiliary has the tense of the clause above it ("has little chance of passing ... in November")
    for (int steps = 0; k >= 0 && s.token(k).pos().equals("VBG") && !hasAux(s, k) && steps < 2; steps++) {
      Dependency d = s.headOf(k);
      int up = d == null ? -1 : verbAbove(s, d.governor());
      if (up < 0 || !s.token(up).isVerb()) break;
      k = up;
    }
    if (k < 0) return false;
    if (s.token(k).pos().matches("VBZ|VBP")) return true;
    for (Dependency c : s.children(k)) {
      if (!c.relation().startsWith("aux") && !c.relation().equals("cop")) continue;
      Token aux = s.token(c.dependent());
      if (aux.pos().matches("VBZ|VBP") || aux.pos().equals("MD") && !PAST_MODAL.contains(aux.word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /**
   * Is the verb governing the expression under "could", "might" or "should" without "have" ("freezing rain could glaze
   * roads on Monday morning")? Such a possibility lies ahead of the clause, unlike "could have begun".
   */
  static boolean possibility(Sentence s, Timex t) {
    int k = -1;
    for (int i = t.beginToken(); i < t.endToken() && k < 0; i++) {
      Dependency d = s.headOf(i);
      if (d != null && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) k = d.governor();
    }
    int own = ModalPredicates.ownPredicate(s, t);
    if (own >= 0) k = own;
    k = verbAbove(s, k);
    if (k < 0) return false;
    boolean modal = false;
    for (Dependency c : s.children(k)) {
      if (!c.relation().startsWith("aux")) continue;
      Token aux = s.token(c.dependent());
      if (aux.lemma().equalsIgnoreCase("have")) return false;
      if (aux.pos().equals("MD") && aux.word().toLowerCase(Locale.ROOT).matches("could|might|should")) modal = true;
    }
    return modal;
  }

  /**
   * The nearest verb at or above token {@code k} (at most four steps up; -1 past the root), or a copular predicate
   * with an auxiliary or copula of its own ("would be in Greenville by Thursday": the clause's head is "Greenville").
   */
  private static int verbAbove(Sentence s, int k) {
    for (int steps = 0; k >= 0 && !clauseVerb(s.token(k)) && !((steps > 0 || ModalPredicates.modal(s, k)) && copular(s, k))
        && steps < 4; steps++) {
      Dependency d = s.headOf(k);
      k = d == null ? -1 : d.governor();
    }
    return k;
  }

  /** Names the tagger read as a name are no clause head even when tagged as verbs ("Dar es Salaam": "es" VBZ). */
  private static final Set<String> NAME_TAGS = Set.of("PERSON", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
      "ORGANIZATION");

  private static boolean clauseVerb(Token t) {
    return t.isVerb() && !NAME_TAGS.contains(t.ner());
  }

  private static boolean copular(Sentence s, int k) {
    for (Dependency c : s.children(k)) if (c.relation().equals("cop")) return true;
    return false;
  }

  /** Is clause {@code k} (or the clause it is a conjunct of) the complement of another verb ("said he would ...")? */
  private static boolean complement(Sentence s, int k) {
    for (int steps = 0; k >= 0 && steps < 3; steps++) {
      Dependency d = s.headOf(k);
      if (d == null) return false;
      if (d.relation().equals("ccomp")) return true;
      if (!d.relation().equals("conj")) return false;
      k = d.governor();
    }
    return false;
  }

  /**
   * Is the date inside a "since" phrase ("since the death of X in February"), or a verbless "since" clause ("since its
   * record high on Feb. 19"), which reaches back from now?
   */
  private static boolean since(Sentence s, Timex t) {
    for (int i = t.beginToken(); i < t.endToken(); i++) {
      int k = i;
      for (int steps = 0; k >= 0 && steps < 3; steps++) {
        for (Dependency c : s.children(k)) {
          if (c.relation().matches("case|mark") && s.token(c.dependent()).word().equalsIgnoreCase("since")) return true;
        }
        Dependency d = s.headOf(k);
        if (d == null || d.governor() < 0 || !s.token(d.governor()).pos().matches("NN.*|JJ.*")) break;
        k = d.governor();
      }
    }
    return false;
  }

  private static boolean subject(Sentence s, int k) {
    for (Dependency c : s.children(k)) if (c.relation().equals("nsubj")) return true;
    return false;
  }

  private static boolean presentPassive(Sentence s, int k) {
    for (Dependency c : s.children(k)) {
      if (c.relation().equals("aux:pass") && s.token(c.dependent()).pos().matches("VBZ|VBP")) return true;
    }
    return false;
  }

  private static boolean hasRelation(Sentence s, int k, String relation) {
    for (Dependency c : s.children(k)) if (c.relation().equals(relation)) return true;
    return false;
  }

  private static boolean hasAux(Sentence s, int k) {
    for (Dependency c : s.children(k)) if (c.relation().startsWith("aux")) return true;
    return false;
  }

  /**
   * Clauses whose time lies ahead of their tense, or 2 when {@code k} is none of them: "were to meet again Saturday"
   * and "agreed to meet Monday" (an infinitive under a verb of intention) are +1; "a trip planned for this weekend"
   * (a participle modifying a noun) is +1 for a verb of planning and 0 otherwise; "Sentencing was set for Nov. 12"
   * (a past passive of scheduling, with "for") is 0: a date after publication stays there.
   */
  private static int projected(Sentence s, int k, Timex t) {
    Token verb = s.token(k);
    boolean to = false;
    boolean pastBe = false;
    for (Dependency c : s.children(k)) {
      Token w = s.token(c.dependent());
      if (c.relation().equals("mark") && w.word().equalsIgnoreCase("to")) to = true;
      if (c.relation().startsWith("aux") && w.pos().matches("VBD|VBZ|VBP") && w.lemma().equalsIgnoreCase("be")) pastBe = true;
    }
    Dependency up = s.headOf(k);
    if (to && verb.pos().equals("VB")) {
      if (pastBe) return 1; // "were to meet Saturday", "is to address parliament on Wednesday"
      if (up != null && up.relation().equals("xcomp") && up.governor() >= 0) {
        Token governor = s.token(up.governor());
        if (governor.lemma().equalsIgnoreCase("be") && governor.pos().equals("VBD")) return 1;
        // a simple past threat dates the threat ("threatened to expel diplomats on Monday"), not the act threatened
        boolean pastThreat = governor.lemma().equalsIgnoreCase("threaten") && governor.pos().equals("VBD");
        if (pastThreat) return -1;
        if (INTENT.contains(governor.lemma().toLowerCase(Locale.ROOT))) return 1;
      }
      // "met on Monday and plan to meet again on Sunday", the tagger reading "plan" as a noun the infinitive modifies
      if (up != null && up.relation().equals("acl") && up.governor() >= 0 && s.token(up.governor()).pos().startsWith("NN")
          && INTENT.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) return 1;
    }
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    // a participle after a noun, which the tagger may take for a past tense without subject ("a trip planned for")
    if (up != null && up.relation().matches("acl|dep") && verb.pos().matches("VBN|VBD") && !subject(s, k)) {
      return PLANNING.contains(lemma) || SCHEDULING.contains(lemma) ? 1 : 0;
    }
    // also the bare participle the parser made the head ("The championship set for Jan. 30 will go ahead")
    if ((SCHEDULING.contains(lemma) || lemma.equals("set")) && (hasRelation(s, k, "aux:pass") || verb.pos().equals("VBN")
        && !hasAux(s, k)) && caseFor(s, t)) return 0;
    return 2;
  }

  private static final Set<String> EXPECTING = Set.of("expect", "forecast", "predict", "anticipate", "project");

  private static final Set<String> INTENT = Set.of("agree", "plan", "promise", "vow", "pledge", "decide", "hope", "expect",
      "intend", "aim", "prepare", "threaten", "propose", "offer", "schedule", "arrange");

  /** Is the expression the object of "for" ("set for Nov. 12")? */
  private static boolean caseFor(Sentence s, Timex t) {
    for (int i = t.beginToken(); i < t.endToken(); i++) {
      for (Dependency c : s.children(i)) {
        if (c.relation().equals("case") && s.token(c.dependent()).word().equalsIgnoreCase("for")) return true;
      }
    }
    return false;
  }

  /** Does the way up from the expression's head to its verb pass through an adjective ("payable", "due")? */
  private static boolean adjectiveOnPath(Sentence s, int k) {
    for (int steps = 0; k >= 0 && !s.token(k).isVerb() && steps < 4; steps++) {
      if (s.token(k).pos().startsWith("JJ")) return !copular(s, k); // "was due in May" has the copula's tense
      Dependency d = s.headOf(k);
      k = d == null ? -1 : d.governor();
    }
    return false;
  }

  /**
   * A participle of planning with a "for" date that the parser gave a subject although a finite verb follows the
   * date ("a cargo launch planned for early March has been put off", "festivals planned for early April said they
   * might cancel"): it modifies the noun before it, so it is no simple past and says nothing of the date's tense.
   */
  private static boolean reducedPlanned(Sentence s, int k, Timex t) {
    String lemma = s.token(k).lemma().toLowerCase(Locale.ROOT);
    if (!s.token(k).pos().equals("VBN") || hasAux(s, k) || !(PLANNING.contains(lemma) || SCHEDULING.contains(lemma))
        || !caseFor(s, t)) return false;
    for (int i = t.endToken(); i < s.tokens().size(); i++) {
      if (s.token(i).pos().matches("VBD|VBZ|VBP|MD")) return true;
    }
    return false;
  }

  /** Has verb {@code k} a future auxiliary ("will meet")? */
  private static boolean future(Sentence s, int k) {
    for (Dependency c : s.children(k)) {
      if (c.relation().startsWith("aux") && FUTURE_AUX.contains(s.token(c.dependent()).word().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** Events a month or day can date ("the November election"). */
  private static final Set<String> EVENTS = Set.of("election", "vote", "referendum", "poll", "ballot", "primary",
      "summit", "congress", "convention", "runoff", "run-off");

  /** Is {@code k} a "to" infinitive complement of a verb of intention or expectation ("promised to lift")? */
  private static boolean intended(Sentence s, int k) {
    if (k < 0 || !s.token(k).pos().equals("VB")) return false;
    Dependency up = s.headOf(k);
    if (up == null || up.governor() < 0 || !up.relation().equals("xcomp")) return false;
    boolean to = false;
    for (Dependency c : s.children(k)) if (c.relation().equals("mark") && s.token(c.dependent()).word().equalsIgnoreCase("to")) to = true;
    String lemma = s.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
    return to && (INTENT.contains(lemma) || EXPECTING.contains(lemma));
  }

  private static final java.util.regex.Pattern DUE_WEEKDAY = java.util.regex.Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

  /** Is {@code k} a "to" infinitive after "due" ("were due to meet", the parser hanging "due" on the verb or above it)? */
  private static boolean dueTo(Sentence s, int k) {
    if (!s.token(k).pos().equals("VB")) return false;
    boolean to = false;
    boolean due = false;
    for (Dependency c : s.children(k)) {
      String w = s.token(c.dependent()).word();
      if (c.relation().equals("mark") && w.equalsIgnoreCase("to")) to = true;
      if (w.equalsIgnoreCase("due") && c.dependent() < k) due = true;
    }
    Dependency up = s.headOf(k);
    if (up != null && up.governor() >= 0 && up.relation().equals("xcomp") && s.token(up.governor()).word().equalsIgnoreCase("due")) due = true;
    return to && due;
  }

  /** Is {@code k} a bare "to" infinitive of purpose (advcl) under another verb? */
  private static boolean purpose(Sentence s, int k) {
    Dependency up = s.headOf(k);
    if (up == null || up.governor() < 0 || !up.relation().equals("advcl") || !s.token(k).pos().equals("VB")
        || !s.token(up.governor()).isVerb()) return false;
    boolean to = false;
    for (Dependency c : s.children(k)) {
      if (c.relation().startsWith("aux")) return false;
      if (c.relation().equals("mark") && s.token(c.dependent()).word().equalsIgnoreCase("to")) to = true;
    }
    return to;
  }

  /** -1 past, +1 future, 0 present or unknown: the tense of the nearest verb governing the expression. */
  static int tense(Sentence s, Timex t) {
    if (since(s, t)) return -1; // "since its record high on Feb. 19", "silent since April 15": whatever governs it
    int k = -1;
    for (int i = t.beginToken(); i < t.endToken(); i++) {
      Dependency d = s.headOf(i);
      if (d != null && (d.governor() < t.beginToken() || d.governor() >= t.endToken())) { k = d.governor(); break; }
    }
    int own = ModalPredicates.ownPredicate(s, t); // "results could be in by late Friday", "Friday" the predicate
    if (own >= 0) k = own;
    int head = k;
    if (adjectiveOnPath(s, k)) return 0; // "a dividend payable May 31": the adjective's time, not the verb's
    k = verbAbove(s, k);
    if (ModalPredicates.datedSetting(s, t, head, k)) return 0; // "set the Jan. 15 deadline in November"
    if (AheadClauses.ahead(s, t, head, k)) return 1; // "planned a rally for Monday", "declared Friday a day of mourning"
    if (k >= 0 && head == k && AheadClauses.untensed(s, k)) return 0; // "contracts reset in July"
    if (AheadClauses.openUntil(s, t, head, k)) return 0; // "was suspended until noon Tuesday"
    // a gerund without auxiliary takes the tense of the clause it depends on ("said on arriving on Tuesday")
    for (int steps = 0; k >= 0 && s.token(k).pos().equals("VBG") && !hasAux(s, k) && steps < 2; steps++) {
      Dependency d = s.headOf(k);
      int up = d == null ? -1 : verbAbove(s, d.governor());
      if (up < 0 || !s.token(up).isVerb()) break;
      k = up;
    }
    // an infinitive of purpose has the tense of the verb it serves ("will meet on Wednesday to discuss aid", the
    // parser hanging the weekday from "discuss")
    if (k >= 0 && purpose(s, k) && future(s, s.headOf(k).governor())) k = s.headOf(k).governor();
    if (k < 0) return 0;
    // "had been due to meet on Wednesday", "was due to speak on Friday": what was due on a weekday lies ahead, as
    // "were to meet"; not a date further off ("were originally due to begin Jan. 1", written in March)
    if (dueTo(s, k) && DUE_WEEKDAY.matcher(t.text()).find()) return 1;
    // what a past expectation looks forward to is not past ("said it expected strong demand before Christmas")
    if (s.token(k).pos().equals("VBD") && EXPECTING.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))
        || HypotheticalClauses.expectedPassive(s, k)) return 0; // and "the flight was expected before Tuesday"
    if (HypotheticalClauses.openCondition(s, k)) return 1; // "would cost more if the standoff dragged on into the winter"
    // a date of a planned event named by the object of a verb of planning is in the future of that verb ("has
    // called a strike for Saturday", "promised another march on Monday afternoon")
    // a date attached to "has scheduled" or "is scheduled" is the time of what is scheduled ("has scheduled a
    // vote for January 6", "the election is still scheduled for January 8"); a simple past "scheduled the hearing
    // for March" or "was scheduled for March" may be over
    if (head == k && SCHEDULING.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)) && (!s.token(k).pos().equals("VBD")
        && hasRelation(s, k, "obj") && !hasRelation(s, k, "aux:pass") || presentPassive(s, k))) return 1;
    for (int steps = 0; head >= 0 && head != k && TIME_NER.contains(s.token(head).ner()) && steps < 3; steps++) {
      Dependency up = s.headOf(head); // "a vote for 5:30 p.m. on January 6": the planned noun is above the time
      head = up == null ? -1 : up.governor();
    }
    if (head >= 0 && head != k && s.token(head).pos().startsWith("NN") && s.token(head).ner().equals("O")
        && PLANNING.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) return 1;
    // "promised to lift the law before the September election", "expect it to become an issue in the November
    // election": an event dated by the month, in an infinitive of intent or expectation, lies ahead
    if (head >= 0 && head != k && EVENTS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) && intended(s, k)) return 1;
    int projected = head == k ? projected(s, k, t) : 2; // only for a date of the verb itself, not of a noun below it
    if (projected != 2) return projected;
    boolean perfect = false;
    for (Dependency c : s.children(k)) {
      if (!c.relation().startsWith("aux") && !c.relation().equals("cop")) continue;
      Token aux = s.token(c.dependent());
      String w = aux.word().toLowerCase(Locale.ROOT);
      if (FUTURE_AUX.contains(w)) return 1;
      // "said she would be in Greenville by Thursday": the future of a reported statement, which news reports soon
      if (w.equals("would") && (complement(s, k) || AheadClauses.reported(s, k))) return 1;
      if (aux.pos().equals("VBD")) return -1; // "was arrested", "had left", "did not say"
      if (aux.lemma().equalsIgnoreCase("have") || w.equals("has") || w.equals("have") || w.equals("'ve")) perfect = true;
    }
    String pos = s.token(k).pos();
    if (reducedPlanned(s, k, t)) return 0; // "a launch planned for early March has been put off"
    // a participle with a subject and no auxiliary is a simple past the tagger took for a participle ("polls
    // published over the weekend showed ...")
    boolean pastParticiple = pos.equals("VBN") && !hasAux(s, k) && subject(s, k);
    return pos.equals("VBD") || perfect || pastParticiple ? -1 : 0;
  }
}
