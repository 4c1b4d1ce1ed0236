package harbinger.nlp.corenlp;

import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Frames in which a bare weekday lies ahead although the verb is in the simple past or the parser hung the weekday
 * elsewhere (session 18); {@link AheadClauses#ahead} asks these last. Pure functions.
 * <ul>
 *   <li>Something moved "to" a weekday ("moved trick-or-treating to Saturday", "shifted the vote to Monday"): the
 *       new day is one to come.</li>
 *   <li>Something declared "for" a weekday ("declared a day of mourning for Friday"), also when the parser made the
 *       declared noun a time modifier.</li>
 *   <li>An "until" on a verb of ordering with a complement clause ("ordered flags lowered until Sunday"), or on an
 *       infinitive under a verb of asking or ordering ("asked customers to limit air conditioning until Tuesday
 *       evening"): the end of what is ordered lies ahead.</li>
 *   <li>An "until" on a bare gerund hanging from a verb of deferring ("postponed Halloween trick-or-treating until
 *       Monday", where the parser made the gerund the head of the weekday).</li>
 *   <li>A bare past participle of planning with a "for" weekday and no auxiliary ("the state funeral planned for
 *       Sunday afternoon would go ahead"), however the parser attached it, also when tagged as a past tense without
 *       object ("parades planned for Monday ... have been called off", session 20).</li>
 *   <li>A weekday on a verb of calling for an event ("called for a march ... after prayers on Friday", "called for a
 *       victory rally on Thursday evening", "have summoned ... for questioning on Saturday", session 20): the event
 *       lies ahead.</li>
 * </ul>
 */
final class WeekdayFrames {
  private WeekdayFrames() {}

  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
  private static final Set<String> MOVING = Set.of("move", "shift", "switch", "bring", "push", "reschedule", "change");
  private static final Set<String> DECLARING = Set.of("declare", "proclaim");
  private static final Set<String> ORDERING = Set.of("order", "direct", "instruct", "tell", "ask", "urge", "command",
      "advise", "warn", "request");
  private static final Set<String> DEFERRING = Set.of("postpone", "delay", "defer", "adjourn", "reschedule", "extend");
  private static final Set<String> PLANNING = Set.of("plan", "schedule", "set", "slate", "arrange", "organize", "organise");
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Does weekday {@code t}, whose head token is {@code head} and clause verb {@code k}, lie ahead by one of these frames? */
  static boolean ahead(Sentence s, Timex t, int head, int k) {
    if (k < 0 || head < 0 || !WEEKDAY.matcher(t.text()).find()) return false;
    Token verb = s.token(k);
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    boolean onVerb = lifted(s, head, k) == k;
    if (onVerb && MOVING.contains(lemma) && caseOf(s, t, head, "to")) return true;
    if (onVerb && DECLARING.contains(lemma) && caseOf(s, t, head, "for")) return true;
    if (onVerb && ORDERING.contains(lemma) && hasChild(s, k, "xcomp|ccomp") && caseOf(s, t, head, "until|till")) return true;
    Dependency up = s.headOf(k);
    String upLemma = up == null || up.governor() < 0 ? "" : s.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
    // "asked customers to limit air conditioning until Tuesday evening"
    if (verb.pos().equals("VB") && hasMarker(s, k, "to") && up != null && up.relation().equals("xcomp")
        && ORDERING.contains(upLemma) && caseOf(s, t, head, "until|till|through")) return true;
    // "postponed Halloween trick-or-treating until Monday" with the gerund made the weekday's head
    if (verb.pos().equals("VBG") && !hasChild(s, k, "aux.*") && up != null && DEFERRING.contains(upLemma)
        && caseOf(s, t, head, "until|till")) return true;
    // "called for a march ... after prayers on Friday": the weekday of an event called for is one to come
    if (onVerb && CALLING.contains(lemma) && calledEvent(s, k)) return true;
    // "the state funeral planned for Sunday afternoon"; "parades planned for Monday ... have been called off" with
    // "planned" tagged as a past tense without object
    return onVerb && (verb.pos().equals("VBN") || verb.pos().equals("VBD") && !hasChild(s, k, "obj"))
        && PLANNING.contains(lemma) && !hasChild(s, k, "aux.*|cop") && caseOf(s, t, head, "for");
  }

  /** Verbs whose "for" names an event to be held: "called for a general strike", "appealed for a rally". */
  private static final Set<String> CALLING = Set.of("call", "appeal", "summon", "invite");
  /** Events that are called for and then held on a day. */
  private static final Set<String> EVENTS = Set.of("march", "rally", "protest", "demonstration", "strike", "vote",
      "meeting", "boycott", "referendum", "vigil", "walkout", "shutdown", "election", "session", "summit", "sit-in",
      "questioning", "talks", "interview", "hearing", "consultations");

  /** Does verb {@code k} have a "for" object that names an event ("called for a victory rally")? */
  private static boolean calledEvent(Sentence s, int k) {
    for (Dependency c : s.children(k)) {
      if (!c.relation().equals("obl")) continue;
      String noun = s.token(c.dependent()).lemma().toLowerCase(Locale.ROOT);
      if (EVENTS.contains(noun) && AheadClauses.caseWord(s, c.dependent(), "for")) return true;
    }
    return false;
  }

  /** The first token above the expression's head that is no time word (the head itself when it is none). */
  private static int lifted(Sentence s, int head, int k) {
    int h = head;
    for (int steps = 0; h >= 0 && h != k && TIME_NER.contains(s.token(h).ner()) && steps < 3; steps++) {
      Dependency up = s.headOf(h);
      h = up == null ? -1 : up.governor();
    }
    return h;
  }

  /** Is one of {@code words} the case of the expression, or of the time words it hangs from? */
  private static boolean caseOf(Sentence s, Timex t, int head, String words) {
    for (int i = t.beginToken(); i < t.endToken(); i++) if (AheadClauses.caseWord(s, i, words)) return true;
    for (int h = head, steps = 0; h >= 0 && TIME_NER.contains(s.token(h).ner()) && steps < 3; steps++) {
      if (AheadClauses.caseWord(s, h, words)) return true;
      Dependency up = s.headOf(h);
      h = up == null ? -1 : up.governor();
    }
    return false;
  }

  private static boolean hasMarker(Sentence s, int k, String word) {
    for (Dependency c : s.children(k)) {
      if (c.relation().equals("mark") && s.token(c.dependent()).word().equalsIgnoreCase(word)) return true;
    }
    return false;
  }

  private static boolean hasChild(Sentence s, int k, String relations) {
    for (Dependency c : s.children(k)) if (c.relation().matches(relations)) return true;
    return false;
  }
}
