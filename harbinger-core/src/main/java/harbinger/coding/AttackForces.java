package harbinger.coding;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An armed attack named by a nationality ("a Russian offensive", "a fresh Iranian assault", "a Pakistani
 * counter-attack") stands for that state's armed forces: repelling or beating it back is done to them (MIL), not to
 * the state as a whole. Only for the nouns of a military attack with a nationality or country word before them and
 * none of the compounds that name another kind of attacker ("a Russian cyber attack", "a Palestinian suicide
 * attack"). A people with no state ("a Chechen assault") is turned into rebels by the caller as for "Chechen forces".
 */
final class AttackForces {
  private AttackForces() {}

  private static final Set<String> ATTACK_NOUNS = Set.of("offensive", "counteroffensive", "counter-offensive",
      "assault", "attack", "counter-attack", "counterattack", "onslaught", "incursion");
  private static final Set<String> OTHER_ATTACKERS = Set.of("cyber", "cyber-attack", "hacker", "hacking", "suicide",
      "terrorist", "terror", "militant", "rebel", "guerrilla", "insurgent", "jihadist", "knife", "ransomware",
      "diplomatic", "verbal", "propaganda", "charm", "political", "legal", "media", "heart", "panic", "asthma");

  /** {@code agent} unchanged, or "MIL" for an attack noun {@code head} carrying the country word of its phrase. */
  static @Nullable String agent(SentenceGraph g, int head, @Nullable String agent) {
    if (agent != null || g.token(head).isProperNoun() || !ATTACK_NOUNS.contains(g.lemma(head).toLowerCase(Locale.ROOT))) return agent;
    boolean national = false;
    for (int c : g.children(head)) {
      String rel = g.relation(c);
      String w = g.word(c).toLowerCase(Locale.ROOT);
      if ((rel.equals("compound") || rel.equals("amod")) && OTHER_ATTACKERS.contains(w)) return agent;
      String ner = g.token(c).ner();
      if ((rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))
          && (ner.equals("NATIONALITY") || ner.equals("COUNTRY") || ner.equals("LOCATION"))) national = true;
    }
    return national ? "MIL" : agent;
  }
}
