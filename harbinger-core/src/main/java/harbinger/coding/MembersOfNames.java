package harbinger.coding;

import harbinger.actors.ActorKnowledge;
import harbinger.actors.Organization;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

/**
 * People named by their role "of" an organisation whose name the parser breaks up: a possessive inside it ("rebels
 * of the Sudan People's Liberation Army") or an "of" phrase of its own ("rebels of the Revolutionary Armed Forces of
 * Colombia"). The whole name is read as written, from its first capitalised word to the end of the "of" phrase,
 * and every shorter span ending at the name's head or at the phrase's end is tried, longest first. Complements
 * {@link PhraseCues#organizationOf}, which reads the head with its own compounds and adjectives. Stateless.
 */
final class MembersOfNames {
  private MembersOfNames() {}

  static Optional<Organization> of(SentenceGraph g, int head, ActorKnowledge k) {
    if (g.token(head).isProperNoun() && head > 0) return Optional.empty();
    String lemma = g.lemma(head).toLowerCase(Locale.ROOT);
    if (k.findAgent(lemma).isEmpty() && k.findAgent(g.word(head).toLowerCase(Locale.ROOT)).isEmpty()) return Optional.empty();
    for (int c : g.children(head)) {
      if (!g.baseRelation(c).equals("nmod") || !"of".equals(g.caseMarker(c)) || !PhraseCues.capitalised(g, c)) continue;
      BitSet words = g.subtree(c);
      int last = words.length() - 1;
      for (int start = words.nextSetBit(0); start >= 0 && start <= c; start = words.nextSetBit(start + 1)) {
        if (!PhraseCues.capitalised(g, start)) continue;
        for (int end : new int[] {last, c}) {
          if (end < start || end > c && !contiguous(words, c, end)) continue;
          Optional<Organization> o = k.findOrganization(g.text(start, end));
          if (o.isPresent()) return o;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean contiguous(BitSet words, int from, int to) {
    for (int i = from; i <= to; i++) if (!words.get(i)) return false;
    return true;
  }
}
