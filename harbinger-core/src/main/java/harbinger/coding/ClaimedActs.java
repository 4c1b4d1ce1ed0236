package harbinger.coding;

import harbinger.lexicon.LexiconEntry;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Claims of responsibility told as speech: "a group calling itself the Islamic Liberation Brigades said that its men
 * had planted the bomb", "a caller told the radio that the group's fighters had carried out the bombings", "Abu
 * Sayyaf said it was behind the kidnapping", "an unknown organisation said in a statement that it had bombed the
 * embassies". The codebook codes the claim (015) as the speaker's act, besides the attack itself. The sign is a
 * reporting verb whose that-clause says, in a past or perfect tense, that the speaker's own fighters ("its men",
 * "their guerrillas", "the group's fighters") did an act of violence, or that the speaker ("it", "they") was behind
 * one, or, for a speaker that is an armed group or organisation, that "it" did one, or that it sent the attackers
 * ({@link DispatchedAttackers}). A government saying its troops
 * killed someone is reporting an operation, not claiming an attack, and fighters' words say nothing of soldiers.
 * The trigger is the reporting verb, so its subject is the source. Stateless.
 */
final class ClaimedActs {
  private ClaimedActs() {}

  /** Verbs that report what their subject says. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "state", "declare", "boast", "claim");

  /** A group's own fighters, named through its possessive: "its men", "their guerrillas", "the group's fighters". */
  private static final Set<String> FIGHTERS = Set.of("man", "men", "fighter", "fighters", "member", "members",
      "guerrilla", "guerrillas", "militant", "militants", "commando", "commandos", "cadre", "cadres", "operative",
      "operatives", "volunteer", "volunteers", "mujahideen", "mujahedeen", "martyr", "martyrs", "bomber", "bombers", "cell", "cells", "unit", "units",
      "brigade", "brigades", "squad", "squads", "follower", "followers");

  /** A named armed group's "soldiers" are its fighters ("Islamic State said one of its soldiers detonated ..."). */
  private static final Set<String> GROUP_SOLDIERS = Set.of("soldier", "soldiers");

  /** Counts that pick some of the fighters: "one of its members", "two of its fighters". */
  private static final Set<String> SOME = Set.of("one", "two", "three", "four", "five", "six", "some", "several");

  /** Acts of violence a group claims. */
  static final Set<String> ATTACKS = Set.of("plant", "bomb", "attack", "kill", "assassinate", "kidnap",
      "abduct", "detonate", "explode", "shoot", "hijack", "ambush", "behead", "execute", "murder", "blow", "carry",
      "set", "launch", "fire", "storm", "massacre", "stab", "ram", "torch");

  /** Speakers that are armed groups or organisations: "an unknown organisation said it had bombed ...". */
  private static final Set<String> GROUPS = Set.of("group", "groups", "organisation", "organization", "movement",
      "faction", "front", "brigades", "brigade", "militia", "network", "cell", "caller", "callers", "army");

  /** Predicates that lay an act at the doer's door: "was behind the kidnapping", "its men were responsible for the bombings". */
  private static final Set<String> BEHIND = Set.of("behind", "responsible");

  /** Possessives that point back to the speaker, by word (the lemma of "their" is "they"). */
  private static final Set<String> OWN = Set.of("its", "their", "our");

  /** A 015 trigger at reporting verb {@code i} when its that-clause claims an attack for the speaker. */
  static @Nullable Trigger trigger(SentenceGraph g, int i) {
    if (!g.token(i).isVerb() || !REPORTING.contains(g.lemma(i)) || g.subject(i) == null) return null;
    Integer clause = g.child(i, "ccomp");
    if (clause == null || !past(g, clause)) return null;
    Integer doer = picked(g, g.subject(clause));
    if (doer == null) return null;
    boolean claimed;
    if (g.token(doer).isPronoun()) {
      String p = g.lemma(doer);
      boolean own = p.equals("it") || p.equals("they") || p.equals("we");
      claimed = own && (BEHIND.contains(g.lemma(clause)) || g.hasMarker(clause, "behind") || ATTACKS.contains(g.lemma(clause)) && groupSpeaker(g, i))
          || DispatchedAttackers.claimed(g, i, clause, doer);
    } else {
      boolean fighters = FIGHTERS.contains(g.lemma(doer)) || GROUP_SOLDIERS.contains(g.lemma(doer)) && namedGroupSpeaker(g, i);
      claimed = fighters && ownedBySpeaker(g, doer)
          && (ATTACKS.contains(g.lemma(clause)) || BEHIND.contains(g.lemma(clause)) || g.hasMarker(clause, "behind"));
    }
    return claimed ? new Trigger(i, new LexiconEntry("015", g.lemma(i), false, null, List.of(), false, "ClaimedActs")) : null;
  }

  /** A past or perfect clause ("had planted", "bombed", "was behind"), not a future or a wish. */
  private static boolean past(SentenceGraph g, int clause) {
    for (int c : g.children(clause)) {
      String rel = g.relation(c);
      if ((rel.equals("aux") || rel.equals("aux:pass")) && (g.lemma(c).equals("will") || g.lemma(c).equals("would")
          || g.lemma(c).equals("could") || g.lemma(c).equals("may") || g.lemma(c).equals("might"))) return false;
      if (rel.equals("aux") && g.lemma(c).equals("have")) return true;
      if ((rel.equals("cop") || rel.equals("aux:pass")) && g.token(c).pos().equals("VBD")) return true;
    }
    return g.token(clause).pos().equals("VBD") || g.token(clause).pos().equals("VBN");
  }

  /** The fighters a count picks out ("one of its members" names "members"), else the doer itself. */
  private static @Nullable Integer picked(SentenceGraph g, @Nullable Integer doer) {
    if (doer == null || !SOME.contains(g.word(doer).toLowerCase(java.util.Locale.ROOT))) return doer;
    for (int c : g.children(doer)) {
      if (g.baseRelation(c).equals("nmod") && "of".equals(g.caseMarker(c)) && g.token(c).isNoun()) return c;
    }
    return doer;
  }

  /** "its men", "their fighters", "the group's fighters". */
  private static boolean ownedBySpeaker(SentenceGraph g, int doer) {
    Integer poss = g.child(doer, "nmod:poss");
    if (poss == null) return false;
    String p = g.lemma(poss);
    return OWN.contains(g.word(poss).toLowerCase(java.util.Locale.ROOT)) || GROUPS.contains(p) || g.token(poss).isProperNoun() && "ORGANIZATION".equals(g.token(poss).ner());
  }

  /** Heads of a state's forces: "the Burmese Army said its soldiers killed ..." reports an operation. */
  static final Set<String> STATE_FORCES = Set.of("army", "military", "force", "forces", "navy", "command",
      "ministry", "government", "police", "junta");

  /** A speaker named as an organisation that is no state's force: "Islamic State claimed that one of its soldiers ...". */
  private static boolean namedGroupSpeaker(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    if (s == null || STATE_FORCES.contains(g.lemma(s))) return false;
    if (g.token(s).isProperNoun() && "ORGANIZATION".equals(g.token(s).ner())) return true;
    // "The Islamic State group said one of its soldiers was behind ...": a group noun under the group's name (session 19)
    if (!GROUPS.contains(g.lemma(s))) return false;
    for (int c : g.children(s)) if (g.relation(c).equals("compound") && g.token(c).isProperNoun()) return true;
    return false;
  }

  private static boolean groupSpeaker(SentenceGraph g, int i) {
    Integer s = g.subject(i);
    return s != null && (GROUPS.contains(g.lemma(s)) || g.token(s).isProperNoun() && "ORGANIZATION".equals(g.token(s).ner()));
  }
}
