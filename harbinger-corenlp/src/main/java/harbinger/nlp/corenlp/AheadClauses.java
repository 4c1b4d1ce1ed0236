package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Clauses whose date lies ahead although their verb is in the past or present tense, and past-looking verb forms
 * that are no tense at all; ClauseTense asks these before reading the auxiliaries. Pure functions.
 * <ul>
 *   <li>An active verb of planning with an object and a "for" date: the date is the planned thing's ("planned a
 *       rally for Monday afternoon", "have called a march for Saturday"); in the simple past only for a weekday
 *       ("scheduled a vote for January 6" may be over); a past passive ("was set for") stays open, as ClauseTense
 *       decides.</li>
 *   <li>"is set for", "are set for": a present passive of setting is the time of what is set.</li>
 *   <li>A weekday "for" which something is foretold or braced for ("snow was forecast for Wednesday night", "markets
 *       braced for a volatile Monday") is one to come.</li>
 *   <li>A day that is the object of a verb of naming, with its predicate ("declared Friday a day of mourning",
 *       "set Monday as the target date"): the named day is one to come.</li>
 *   <li>The new time of something put off ("has been postponed until 15:00 GMT Saturday", "was adjourned until
 *       Monday") is one to come; other passive states that last "until" a day ({@link #openUntil}) say nothing.</li>
 *   <li>A date on a predicate of likelihood ("more rain was likely Sunday", "a cut was possible before the
 *       summer"), or a weekday on a verb of hoping ("hoped to finish by 5 p.m. Saturday"), is one to come (a month
 *       hoped for may be over: "had hoped for a deal in March").</li>
 *   <li>A bare participle or verb under a verb of ordering ("ordered flags flown at half-staff through the
 *       weekend", "told them to leave by Sunday" is already an infinitive): what is ordered comes after.</li>
 * </ul>
 * {@link #untensed} names verbs whose past and present forms are one word ("reset", "cut", "put") when the tagger
 * has called them past without an auxiliary and their subject is plural: "contracts reset in July" may be either.
 */
final class AheadClauses {
  private AheadClauses() {}

  private static final Set<String> PLANNING = Set.of("plan", "call", "schedule", "reschedule", "set", "slate", "organize",
      "organise", "arrange", "book", "announce", "propose", "fix");
  private static final Set<String> NAMING = Set.of("declare", "set", "name", "designate", "proclaim", "choose", "pick",
      "fix", "make", "mark");
  private static final Set<String> ORDERING = Set.of("order", "direct", "instruct", "tell", "ask", "want", "urge", "command");
  private static final Set<String> SAME_FORM = Set.of("reset", "set", "cut", "put", "hit", "shut", "cost", "let", "spread",
      "quit", "split", "cast", "bid", "hurt", "upset", "broadcast", "burst", "offset", "shed", "thrust");
  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
  private static final Set<String> DEFERRING = Set.of("postpone", "delay", "defer", "adjourn", "reschedule", "extend");
  private static final Set<String> LIKELY = Set.of("likely", "unlikely", "possible", "probable");
  private static final Set<String> HOPING = Set.of("hope", "intend", "aim", "expect", "want", "seek");
  /** Verbs of foretelling or bracing: "was forecast for Wednesday night", "braced for a volatile Monday". */
  private static final Set<String> FORETELLING = Set.of("forecast", "predict", "brace", "prepare", "expect", "slate");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");
  /** Verbs of warning, whose "from" weekday is when the foretold thing starts. */
  private static final Set<String> WARNING = Set.of("warn", "forecast", "predict", "expect");
  /** Verbs of reporting whose "would" clause is the future of the report ("said troops would stay until Monday"). */
  private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "add", "warn", "promise", "predict",
      "insist", "confirm", "state", "report");

  /** Is the time of {@code t}, governed by verb {@code k} through token {@code head}, ahead of the verb's tense? */
  static boolean ahead(Sentence s, Timex t, int head, int k) {
    if (k < 0 || head < 0) return false;
    Token verb = s.token(k);
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    int lifted = head;
    for (int steps = 0; lifted >= 0 && lifted != k && TIME_NER.contains(s.token(lifted).ner()) && steps < 3; steps++) {
      Dependency up = s.headOf(lifted); // "for Monday afternoon": "Monday" hangs from "afternoon"
      lifted = up == null ? -1 : up.governor();
    }
    // a simple past "scheduled a vote for January 6" may be over; a weekday planned for is within the week to come
    if (lifted == k && PLANNING.contains(lemma) && has(s, k, "obj") && !has(s, k, "aux:pass") && caseFor(s, t, head)
        && (!verb.pos().equals("VBD") || WEEKDAY.matcher(t.text()).find())) return true;
    if (lifted == k && lemma.equals("set") && presentPassive(s, k) && caseFor(s, t, head)) return true;
    // "snow was forecast for Wednesday night", "markets braced for a volatile Monday": a weekday foretold lies ahead
    if (lifted == k && FORETELLING.contains(lemma) && WEEKDAY.matcher(t.text()).find() && caseFor(s, t, head)) return true;
    // "warned of heavy rain from Saturday", "forecast snow from Monday": a weekday a warning runs from lies ahead
    if (lifted == k && WARNING.contains(lemma) && WEEKDAY.matcher(t.text()).find() && caseOf(s, t, head, "from")) return true;
    if (head == k && NAMING.contains(lemma) && named(s, t, k)) return true;
    if (DEFERRING.contains(lemma) && openUntil(s, t, head, k)) return true; // "has been postponed until 15:00 Saturday"
    if (deferredUntil(s, k) && until(s, t, head, k)) return true; // "put off a decision until July 27"
    Dependency object = s.headOf(head); // "spent the afternoon planning a rally for Thursday"
    if (head != k && object != null && object.governor() == k && object.relation().equals("obj") && PLANNING.contains(lemma)
        && s.token(head).pos().startsWith("NN") && s.token(head).ner().equals("O")) return true;
    // "rain was likely Sunday", "another cut was possible before the summer"
    // (through the time words above it: "likely on Saturday night" hangs "Saturday" from "night")
    int top = lifted >= 0 ? lifted : head;
    if (LIKELY.contains(s.token(top).lemma().toLowerCase(Locale.ROOT)) && has(s, top, "cop")) return true;
    // a weekday only: "had hoped for a deal in March" may be over
    if (WEEKDAY.matcher(t.text()).find() && lifted == k && HOPING.contains(lemma) && !has(s, k, "aux:pass")) return true; // "hoped to finish by 5 p.m. Saturday"
    if (aheadOf(s, head, k)) return true; // "named him acting president ahead of an election in March"
    return ordered(s, k) || WeekdayFrames.ahead(s, t, head, k); // "moved ... to Saturday", "ordered flags lowered until Sunday"
  }

  /**
   * Is the expression part of a phrase introduced by "ahead of" below the verb ("ahead of an election in March",
   * "ahead of Sunday's vote")? What a clause is "ahead of" has not happened yet.
   */
  private static boolean aheadOf(Sentence s, int head, int k) {
    for (int h = head, steps = 0; h >= 0 && h != k && steps < 4; steps++) {
      if (caseWord(s, h, "ahead")) return true;
      Dependency up = s.headOf(h);
      h = up == null ? -1 : up.governor();
    }
    return false;
  }

  /** A past tag on a verb whose past and present are one word, with no auxiliary and a plural subject. */
  static boolean untensed(Sentence s, int k) {
    Token verb = s.token(k);
    if (!verb.pos().matches("VBD|VBN") || !SAME_FORM.contains(verb.word().toLowerCase(Locale.ROOT))) return false;
    boolean plural = false;
    for (Dependency c : s.children(k)) {
      if (c.relation().startsWith("aux") || c.relation().equals("cop")) return false;
      if (c.relation().equals("nsubj")) {
        Token subject = s.token(c.dependent());
        plural = subject.pos().matches("NNS|NNPS") || subject.word().matches("(?i)they|we|you|i");
      }
    }
    return plural;
  }

  /**
   * A passive state that lasts "until" a day ("river traffic was suspended until noon Tuesday") says nothing of
   * whether that day is past: the nearest such day stands.
   */
  static boolean openUntil(Sentence s, Timex t, int head, int k) {
    if (k < 0 || !has(s, k, "aux:pass")) return false;
    return until(s, t, head, k);
  }

  /**
   * An active verb of deferring or halting, whose "until" names the end of a state that outlasts the verb: "put off a
   * decision until July 27", "has halted new permits until the end of November", "postponed the vote until March".
   */
  private static boolean deferredUntil(Sentence s, int k) {
    if (k < 0) return false;
    String lemma = s.token(k).lemma().toLowerCase(Locale.ROOT);
    if (DEFERRING.contains(lemma) || HALTING.contains(lemma)) return true;
    if (!lemma.matches("put|push")) return false;
    for (Dependency c : s.children(k)) {
      if (c.relation().equals("compound:prt") && s.token(c.dependent()).word().matches("(?i)off|back")) return true;
    }
    return false;
  }

  private static final Set<String> HALTING = Set.of("halt", "suspend", "freeze", "ban", "bar", "close", "cancel", "ground");

  /** Is the expression, or a time word above it, the object of "until" or "till"? */
  private static boolean until(Sentence s, Timex t, int head, int k) {
    for (int i = t.beginToken(); i < t.endToken(); i++) if (caseWord(s, i, "until|till")) return true;
    for (int i = t.beginToken() - 1; i >= 0 && TIME_NER.contains(s.token(i).ner()); i--) if (caseWord(s, i, "until|till")) return true;
    for (int h = head, steps = 0; h >= 0 && h != k && TIME_NER.contains(s.token(h).ner()) && steps < 3; steps++) {
      if (caseWord(s, h, "until|till")) return true;
      Dependency up = s.headOf(h);
      h = up == null ? -1 : up.governor();
    }
    return false;
  }

  /** Does token {@code i} have a "case" child whose word matches {@code words} (a regex, lower case)? */
  static boolean caseWord(Sentence s, int i, String words) {
    for (Dependency c : s.children(i)) {
      if (c.relation().equals("case") && s.token(c.dependent()).word().toLowerCase(Locale.ROOT).matches(words)) return true;
    }
    return false;
  }

  /** "declared Friday a day of mourning", "set Monday as the target": the day is a bare object with a predicate. */
  private static boolean named(Sentence s, Timex t, int k) {
    Dependency d = s.headOf(t.beginToken());
    for (int i = t.beginToken(); i < t.endToken() && d != null && d.governor() != k; i++) d = s.headOf(i);
    if (d == null || !d.relation().matches("obl:tmod|obj|nsubj:xsubj")) return false;
    for (int i = t.beginToken(); i < t.endToken(); i++) {
      for (Dependency c : s.children(i)) if (c.relation().matches("dep|xcomp|appos") && s.token(c.dependent()).pos().startsWith("NN")) return true;
    }
    if (!d.relation().equals("obj")) return false; // "made landfall late Friday as a hurricane" names no day
    for (Dependency c : s.children(k)) {
      if (!c.relation().equals("obl") && !c.relation().equals("xcomp")) continue;
      for (Dependency g : s.children(c.dependent())) {
        if (g.relation().equals("case") && s.token(g.dependent()).word().equalsIgnoreCase("as")) return true;
      }
    }
    return false;
  }

  /** A verb with no auxiliary and no "to", hanging from a verb of ordering ("ordered flags flown ..."). */
  private static boolean ordered(Sentence s, int k) {
    Token verb = s.token(k);
    if (!verb.pos().matches("VBN|VB") || has(s, k, "aux") || has(s, k, "aux:pass")) return false;
    Dependency up = s.headOf(k);
    if (up == null || up.governor() < 0 || !up.relation().matches("dep|xcomp|ccomp")) return false;
    for (Dependency c : s.children(k)) if (c.relation().equals("mark")) return false;
    return ORDERING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Is "for" the case of the expression or of the time words it hangs from ("for Monday afternoon")? */
  private static boolean caseFor(Sentence s, Timex t, int head) {
    return caseOf(s, t, head, "for");
  }

  /** Is {@code word} the case of the expression or of the time words it hangs from? */
  private static boolean caseOf(Sentence s, Timex t, int head, String word) {
    for (int i = t.beginToken(); i < t.endToken(); i++) if (caseWord(s, i, word)) return true;
    for (int i = t.beginToken() - 1; i >= 0 && TIME_NER.contains(s.token(i).ner()); i--) if (caseWord(s, i, word)) return true;
    for (int h = head, steps = 0; h >= 0 && TIME_NER.contains(s.token(h).ner()) && steps < 3; steps++) {
      if (caseWord(s, h, word)) return true;
      Dependency up = s.headOf(h);
      h = up == null ? -1 : up.governor();
    }
    return false;
  }

  /**
   * A "would" clause tied directly to a verb of reporting earlier in the sentence, whichever way the parser hung the
   * two ("The governor said troops would stay until Monday" parsed with "said" as the subject of "stay"): the future
   * of the report, as for a complement.
   */
  static boolean reported(Sentence s, int k) {
    for (Dependency c : s.children(k)) {
      if (c.dependent() < k && isReporting(s, c.dependent()) && !c.relation().startsWith("aux")) return true;
    }
    Dependency up = s.headOf(k);
    return up != null && up.governor() >= 0 && up.governor() < k && isReporting(s, up.governor());
  }

  private static boolean isReporting(Sentence s, int i) {
    Token w = s.token(i);
    return w.pos().matches("VBD|VBZ|VBP") && REPORTING.contains(w.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean presentPassive(Sentence s, int k) {
    for (Dependency c : s.children(k)) {
      if (c.relation().equals("aux:pass") && s.token(c.dependent()).pos().matches("VBZ|VBP")) return true;
    }
    return false;
  }

  private static boolean has(Sentence s, int k, String relation) {
    for (Dependency c : s.children(k)) if (c.relation().equals(relation)) return true;
    return false;
  }
}
