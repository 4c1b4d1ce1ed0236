package harbinger.coding;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * How far a speaker's words reach beyond its name phrase ({@link NamePhrases#of}), for {@link QuoteSpeakers}: a
 * role noun is followed by the name it introduces ("A spokesman for the campaign, Tyler Sheffield, said": the
 * speaker's words run to "Sheffield"), and a source of information by its author ("according to projections by
 * television networks", "a poll by Quinnipiac University found", "figures compiled by the party", "data from the
 * exchange"). Pure functions over a {@link SentenceGraph}.
 */
final class SpeakerExtents {
  private SpeakerExtents() {}

  /**
   * The last token of a name the speaker gives in a clause below it ("said one of the survivors, a shopkeeper who
   * would give only his first name, Tariq", session 20): "his/her name" or "surname" with a proper noun in apposition.
   * -1 when there is none.
   */
  private static int givenName(SentenceGraph g, int head) {
    BitSet all = g.subtree(head);
    for (int i = all.nextSetBit(head + 1); i >= 0; i = all.nextSetBit(i + 1)) {
      if (!g.lemma(i).matches("name|surname") || !possessedByPerson(g, i)) continue;
      for (int c : g.children(i)) {
        if (c > i && g.baseRelation(c).equals("appos") && g.token(c).isProperNoun()) {
          List<Integer> name = NamePhrases.of(g, c);
          return name.get(name.size() - 1);
        }
      }
    }
    return -1;
  }

  /** A noun possessed by a pronoun ("Its author", "their spokesman"). */
  private static boolean pronounPossessed(SentenceGraph g, int noun) {
    for (int c : g.children(noun)) {
      if (g.relation(c).equals("nmod:poss") && g.word(c).matches("(?i)its|their|his|her")) return true;
    }
    return false;
  }

  private static boolean possessedByPerson(SentenceGraph g, int noun) {
    for (int c : g.children(noun)) {
      if (g.baseRelation(c).equals("nmod") && g.relation(c).equals("nmod:poss") && g.word(c).matches("(?i)his|her")) return true;
    }
    return false;
  }

  /** Prepositions that introduce the author of a poll, study or report. */
  private static final Set<String> AUTHOR = Set.of("by", "from");

  /** The last token of the speaker's words: the end of {@code phrase}, or of the name or author that follows it. */
  static int last(SentenceGraph g, int head, List<Integer> phrase) {
    int last = phrase.get(phrase.size() - 1);
    // a role noun or a number ("One of them, a former bus driver, Yusuf, said") followed by the name it introduces
    if (g.token(head).isProperNoun() || !g.token(head).isNoun() && !g.token(head).pos().equals("CD")) return last;
    int given = givenName(g, head); // "one of them, a ... officer who would give only his first name, Agron"
    if (given >= 0) return Math.max(last, given);
    BitSet own = g.subtree(head);
    for (int c : g.children(head)) { // stop at clauses: "the official, who ..." ends before "who"
      if (g.baseRelation(c).matches("acl|parataxis")) own.andNot(g.subtree(c));
    }
    for (int i = own.nextSetBit(head + 1); i >= 0; i = own.nextSetBit(i + 1)) {
      int start = g.subtree(i).nextSetBit(0);
      if (g.relation(i).equals("appos") && (g.token(i).isProperNoun() || g.token(i).isNoun()) && g.token(i).ner().equals("PERSON")
          && start > 0 && g.word(start - 1).equals(",")) {
        List<Integer> name = NamePhrases.of(g, i);
        return Math.max(last, name.get(name.size() - 1));
      }
    }
    if (pronounPossessed(g, head)) { // "Its author, a senior official in the directorate, told": the apposition says who
      for (int c : g.children(head)) {
        if (c < head || !g.relation(c).equals("appos") || !g.token(c).isNoun() || !g.word(g.subtree(c).nextSetBit(0) - 1).equals(",")) continue;
        BitSet appos = g.subtree(c);
        for (int k : g.children(c)) if (g.baseRelation(k).matches("acl|parataxis")) appos.andNot(g.subtree(k));
        return Math.max(last, appos.length() - 1);
      }
    }
    if (QuoteSources.information(g, head)) {
      for (int c : g.children(head)) {
        if (c > head && g.baseRelation(c).equals("nmod") && g.caseMarker(c) != null && AUTHOR.contains(g.caseMarker(c)) && QuoteSources.plausible(g, c, false)) {
          List<Integer> author = NamePhrases.of(g, c);
          return Math.max(last, author.get(author.size() - 1));
        }
      }
      for (int c : g.children(head)) { // "figures compiled by the party", "a report released by the ministry"
        // a reduced relative right after the noun, not "the memo, which had been circulated by Monday"
        if (c < head || !g.relation(c).equals("acl") || !g.token(c).pos().equals("VBN") || g.word(c - 1).equals(",")) continue;
        for (int b : g.children(c)) {
          if (b > c && g.baseRelation(b).equals("obl") && "by".equals(g.caseMarker(b)) && QuoteSources.plausible(g, b, false)) {
            List<Integer> agent = NamePhrases.of(g, b);
            return Math.max(last, agent.get(agent.size() - 1));
          }
        }
      }
      // "according to figures from the party, ...", with "from the party" hung on the verb: the author still follows
      int next = last + 1;
      if (next + 1 < g.size() && AUTHOR.contains(g.word(next).toLowerCase(java.util.Locale.ROOT)) && g.baseRelation(next).equals("case")) {
        int author = g.head(next);
        if (author > next && g.token(author).isNoun() && QuoteSources.plausible(g, author, false)) {
          List<Integer> words = NamePhrases.of(g, author);
          return Math.max(last, words.get(words.size() - 1));
        }
      }
    }
    return last;
  }
}
