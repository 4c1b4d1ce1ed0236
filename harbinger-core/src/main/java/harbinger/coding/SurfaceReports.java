package harbinger.coding;

import harbinger.model.Span;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A report the parser broke beyond what the dependency rules mend (session 18): a sentence that opens with its
 * speaker's noun phrase, perhaps followed by a place or a relative clause set off by "who"/"which" or a participle,
 * then a reporting verb and a finite clause, where the parser made the verb a modifier or a clausal subject of the
 * clause it reports ("One dealer at a Western bank in Moscow, who declined to be named, said clients had been
 * queuing ...", "Canada's transport minister insisted there had been no need ...", "A telex sent to foreign
 * creditors on Monday told them payments ... would be frozen", "A U.S. military spokesman in Manila said all but a
 * small security detail had left ..."). Read from the words: the speaker is the last noun of the opening phrase, the
 * content what follows the verb (and "that", or the pronoun told) to the end of the sentence. Used only when no rule
 * found content for the verb or anything overlapping it. Pure functions over a {@link SentenceGraph}.
 */
final class SurfaceReports {
  private SurfaceReports() {}

  /** The reporting verbs of the cue lexicon (family {@code reporting} of data/quotes/cue-words.tsv). */
  private static final Set<String> VERBS = QuoteCues.REPORTING;
  private static final Set<String> NOUN_PHRASE = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
      "POS", "PRP$", "HYPH");
  private static final Set<String> TOLD = Set.of("them", "him", "her", "us", "me", "reporters");

  /** The speaker's head, the verb and the content tokens. */
  record Found(int speaker, int verb, BitSet content) {}

  /** The broken report of the sentence, or null. {@code taken} says whether a token is already in found content. */
  static @Nullable Found of(SentenceGraph g, BitSet taken) {
    int i = 0;
    while (i < g.size() && NOUN_PHRASE.contains(g.token(i).pos())) i++;
    int head = -1;
    for (int k = i - 1; k >= 0 && head < 0; k--) if (g.token(k).isNoun() && !g.token(k).pos().equals("CD")) head = k;
    if (head < 0 || head != i - 1) return null;
    int v = -1;
    boolean relative = i < g.size() && g.token(i).pos().matches("VBN|VBG"); // "A telex sent to ..."
    for (int k = i; k < g.size() && v < 0; k++) {
      String w = g.word(k);
      if (w.matches("[\"“”:;]") || w.equalsIgnoreCase("and")) return null;
      if (g.token(k).pos().matches("WP|WDT")) relative = true;
      if (!g.token(k).isVerb()) continue;
      if (VERBS.contains(g.lemma(k)) && g.token(k).pos().matches("VBD|VBN|VBZ|VBP") && !g.word(k - 1).equalsIgnoreCase("to")) v = k;
      else if (!relative) return null;
    }
    if (v < 0) return null;
    int start = v + 1;
    if (g.lemma(v).equals("tell")) {
      if (start >= g.size() || !TOLD.contains(g.word(start).toLowerCase(java.util.Locale.ROOT))) return null;
      start++;
    }
    if (start < g.size() && g.word(start).equalsIgnoreCase("that")) start++;
    int end = g.size() - 1;
    while (end > start && !Character.isLetterOrDigit(g.word(end).codePointAt(0))) end--;
    if (end - start < 2 || !g.token(start).pos().matches("DT|PDT|PRP|NN|NNS|NNP|NNPS|EX|CD|JJ|RB")) return null;
    boolean finite = false;
    for (int k = start + 1; k <= end; k++) finite |= g.token(k).pos().matches("VBD|VBZ|VBP|MD");
    if (!finite) return null;
    BitSet content = new BitSet();
    content.set(start, end + 1);
    if (content.intersects(taken)) return null;
    return new Found(head, v, content);
  }

  /** The tokens of the sentence already inside found content, from the character spans of {@code contents}. */
  static BitSet taken(SentenceGraph g, List<Span> contents) {
    BitSet out = new BitSet();
    for (int k = 0; k < g.size(); k++) {
      int b = g.token(k).begin();
      for (Span c : contents) if (c.start() <= b && b < c.end()) out.set(k);
    }
    return out;
  }
}
