package harbinger.eval;

import harbinger.model.Event;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ACE 2005 type of a produced event, where ACE decides by the trigger word and CAMEO by the act.
 *
 * <p>ACE types an event mention by its trigger: "killed" is Life:Die, "charged" Justice:Charge-Indict, "met"
 * Contact:Meet. CAMEO codes the act and may file these words elsewhere: the codebook codes "X killed five soldiers"
 * as 19 (fight), "charged with treason" under 173 (arrest, detain, or charge with legal action), and "will meet
 * with" as 036 (express intent to meet). Three rules, each from the ACE guidelines, refine the code table
 * ({@link CameoToM2e2}):
 * <ol>
 *   <li>a killing or wounding word (kill, wound, injure, die, dead, death, slay, murder and their forms) is a
 *       Life:Die or Life:Injure trigger, which is not scored, whatever the code, unless the evidence names the
       attack that did it right beside the word ("an attack that killed", "killed in an air strike"): ACE annotates
       that attack noun as an Attack mention, and the coder's one event stands for both (session 22);</li>
 *   <li>a 173 event whose trigger is a word of the judicial process after the arrest (charge, indict, prosecute,
 *       try, trial, convict, sentence) is a Justice:Charge-Indict, Trial-Hearing, Convict or Sentence mention,
 *       not an Arrest-Jail, and none of those is scored;</li>
 *   <li>an event of the cooperation families 03 (intent to meet or negotiate) or 04 (consult) whose trigger is
 *       "meet", "meeting" or "summit" is a Contact:Meet: ACE annotates a meeting whatever its tense or modality
 *       ("will meet with", "plans to meet"), so a meeting CAMEO files as an intention is still a Meet here.</li>
 * </ol>
 * Stateless; thread-safe.
 */
final class AceTriggerTypes {
  private AceTriggerTypes() {}

  private static final Pattern DEATH_OR_INJURY = Pattern.compile("(kill|wound|injur|die|dead|death|slay|slain|murder)[a-z]*");
  private static final Pattern JUDICIAL = Pattern.compile(
      "(charg|indict|prosecut|trial|tried|convict|sentenc)[a-z]*");
  private static final Pattern MEETING = Pattern.compile("(meet|meets|met|meeting|meetings|summit|summits)");
  private static final String ARREST = "Justice:Arrest-Jail";
  private static final String MEET = "Contact:Meet";

  /** The scored type of {@code e}, or empty when it has none (its code maps to none, or its trigger is of an unscored type). */
  static Optional<String> typeOf(Event e, CameoToM2e2 table) {
    String word = triggerWord(e);
    Optional<String> mapped = table.typeOf(e.cameo());
    if (DEATH_OR_INJURY.matcher(word).matches()) {
      return mapped.filter(t -> t.equals(ATTACK) && namesTheAttack(e));
    }
    if (mapped.isPresent() && mapped.get().equals(ARREST) && JUDICIAL.matcher(word).matches()) return Optional.empty();
    if (mapped.isEmpty() && (e.cameo().startsWith("03") || e.cameo().startsWith("04")) && MEETING.matcher(word).matches()) {
      return Optional.of(MEET);
    }
    return mapped;
  }

  /** Nouns of an attack that ACE annotates as its Attack trigger ("a bombing that killed", "killed in an air strike"). */
  private static final String ATTACK_WORDS =
      "(attacks?|bombings?|blasts?|explosions?|shelling|air ?strikes?|strikes?|ambush(es)?|raids?|assaults?|shootings?|gunfire)";
  /** The attack noun heads a relative clause on the killing word: "an attack in Kabul that killed". */
  private static final Pattern ATTACK_BEFORE = Pattern.compile("(?s).*\\b" + ATTACK_WORDS + "\\b.*\\b(that|which)\\s+(\\w+\\s+)?");
  /** The killing word is done in or by the attack: "were killed in an air strike", "killed by a suicide bombing". */
  private static final Pattern ATTACK_AFTER = Pattern.compile("(?s)\\s+(\\w+\\s+){0,3}?(in|by)\\s+((an?|the)\\s+)?(\\w+\\s+)?" + ATTACK_WORDS + "\\b.*");
  private static final String ATTACK = "Conflict:Attack";

  /**
   * Whether the killing event's evidence names the attack that caused the deaths next to its trigger: "an attack in
   * Kabul that killed nearly 70 people", "was killed in an air strike". The coder codes one event for the attack and
   * its dead, with the killing word as trigger; ACE annotates the attack noun as an Attack mention beside the
   * Life:Die one, so the event is that Attack mention too.
   */
  private static boolean namesTheAttack(Event e) {
    int from = e.trigger().start() - e.span().start();
    int to = e.trigger().end() - e.span().start();
    if (from < 0 || to > e.evidence().length() || from >= to) return false;
    String before = e.evidence().substring(Math.max(0, from - 40), from).toLowerCase(Locale.ROOT);
    String after = e.evidence().substring(to, Math.min(e.evidence().length(), to + 40)).toLowerCase(Locale.ROOT);
    return ATTACK_BEFORE.matcher(before).matches() || ATTACK_AFTER.matcher(after).matches();
  }

  /** Rule 1 alone: the trigger is a killing or wounding word. */
  static boolean isDeathOrInjury(Event e) {
    return DEATH_OR_INJURY.matcher(triggerWord(e)).matches();
  }

  /** The lower-cased trigger word, or "" when the trigger lies outside the evidence. */
  private static String triggerWord(Event e) {
    int from = e.trigger().start() - e.span().start();
    int to = e.trigger().end() - e.span().start();
    if (from < 0 || to > e.evidence().length() || from >= to) return "";
    return e.evidence().substring(from, to).toLowerCase(Locale.ROOT);
  }
}
