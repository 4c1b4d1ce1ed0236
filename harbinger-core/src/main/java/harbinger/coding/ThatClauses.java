package harbinger.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A second reported clause coordinated with its own "that" ("said the count had been fair and that complaints would
 * go to the courts"): each "that" clause is a claim of its own, so the content is split into one part per clause.
 * The parser hangs the second clause on the first clause (inside the content) or on the cue verb itself (outside
 * it); both are found. Pure functions over a {@link SentenceGraph}.
 */
final class ThatClauses {
  private ThatClauses() {}

  /**
   * The parts of the content of cue {@code v}: the content without its coordinated "that" clauses, then each of
   * them (without the conjunction before it). A single part when there is no such clause.
   */
  static List<BitSet> parts(SentenceGraph g, int v, BitSet content) {
    List<Integer> clauses = new ArrayList<>();
    for (int c = content.nextSetBit(0); c >= 0; c = content.nextSetBit(c + 1)) if (c != v && second(g, c)) clauses.add(c);
    if (!content.isEmpty()) for (int c : g.children(v)) if (c > content.length() - 1 && second(g, c)) clauses.add(c);
    if (clauses.isEmpty()) return List.of(content);
    BitSet first = (BitSet) content.clone();
    List<BitSet> out = new ArrayList<>();
    for (int c : clauses) {
      BitSet clause = g.subtree(c);
      for (int k = clause.nextSetBit(0); k >= 0 && k < c; k = clause.nextSetBit(k + 1)) {
        if (g.head(k) == c && g.baseRelation(k).matches("cc|punct")) clause.clear(k); // "and", ", and"
      }
      int before = clause.nextSetBit(0) - 1;
      first.andNot(g.subtree(c));
      while (before >= 0 && g.baseRelation(before).matches("cc|punct") && first.get(before)) first.clear(before--);
      out.add(clause);
    }
    for (BitSet part : out) for (int c : clauses) if (!part.get(c)) part.andNot(g.subtree(c)); // nested: one clause each
    List<BitSet> all = new ArrayList<>();
    if (!first.isEmpty()) all.add(first);
    all.addAll(out);
    return all;
  }

  /** A clause coordinated by "and" with a "that" of its own and a subject ("... and that many had been trained"). */
  private static boolean second(SentenceGraph g, int c) {
    if (!g.baseRelation(c).equals("conj") || !g.hasMarker(c, "that")) return false;
    if (g.subject(c) == null && g.child(c, "nsubj:pass") == null) return false;
    for (int k : g.children(c)) if (k < c && g.baseRelation(k).equals("cc")) return true;
    return false;
  }
}
