package harbinger.coding;

import java.util.BitSet;

/**
 * A name set off after the source of "according to" ("According to one City economist, Harriet Osei, the UK could
 * slip ..."; session 23): the parser, reading the clause on, makes the name the clause's subject and the real
 * subject its apposition, so the content began with the name and the speaker was the common noun. The name, a
 * run of proper nouns tagged as a person (after an optional title such as "Mr" or "Dr") between commas right after
 * the source's phrase, is the speaker, and the name with its commas is no part of the content. Pure functions.
 */
final class AccordingNames {
  private AccordingNames() {}

  private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("(?i)(mr|mrs|ms|dr|prof)\\.?");

  /**
   * The tokens [first comma, closing comma] of a name set off right after the phrase of {@code source}, or null.
   * The name's last word is the token before the closing comma.
   */
  static int[] after(SentenceGraph g, int source, BitSet phrase) {
    int comma = phrase.length(); // the token after the phrase's last one
    if (comma + 2 >= g.size() || !g.word(comma).equals(",")) return null;
    int i = comma + 1;
    if (TITLE.matcher(g.word(i)).matches() && g.token(i).isProperNoun()) i++;
    int first = i;
    boolean person = false;
    while (i < g.size() && g.token(i).isProperNoun()) {
      person |= g.token(i).ner().equals("PERSON");
      i++;
    }
    if (i == first || !person || i >= g.size() || !g.word(i).equals(",") || i + 1 >= g.size()) return null;
    return new int[] {comma, i};
  }
}
