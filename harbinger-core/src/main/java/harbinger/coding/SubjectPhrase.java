package harbinger.coding;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lexicon's {@code subj+a|b} condition: some word of the trigger's subject phrase is a or b. The context words
 * of a trigger leave its subject out, so a word that decides the sense but stands in the subject was out of reach:
 * "peacekeeping troops fanned out across Kosovo" (peacekeeping), "a convoy of trucks carrying flour rolled into the
 * town" (flour). Relative clauses inside the subject are not part of it ("the trucks that had carried aid").
 */
final class SubjectPhrase {
  private SubjectPhrase() {}

  static boolean has(SentenceGraph g, @Nullable Integer subject, Set<String> lemmas) {
    if (subject == null) return false;
    BitSet stop = new BitSet();
    for (int k = 0; k < g.size(); k++) if (g.relation(k).equals("acl:relcl")) stop.set(k);
    BitSet words = g.subtree(subject, stop);
    for (int k = words.nextSetBit(0); k >= 0; k = words.nextSetBit(k + 1)) {
      if (lemmas.contains(g.lemma(k)) || lemmas.contains(g.word(k).toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
