package harbinger.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A token of a sentence.
 *
 * @param index 0-based index within its sentence
 * @param word surface form
 * @param lemma lemma (lower case for common words)
 * @param pos Penn Treebank tag (NN, NNP, VBD, ...)
 * @param ner named-entity tag (PERSON, COUNTRY, NATIONALITY, DATE, ... or "O")
 * @param normalized normalized value for NUMBER, MONEY, DATE ... tokens, or null
 * @param begin character offset in the article text (inclusive)
 * @param end character offset in the article text (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner,
                    @Nullable String normalized, int begin, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    if (index < 0) throw new IllegalArgumentException("negative token index " + index);
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad token span [" + begin + "," + end + ")");
  }

  public boolean isVerb() { return pos.startsWith("VB") || pos.equals("MD"); }
  public boolean isNoun() { return pos.startsWith("NN"); }
  public boolean isProperNoun() { return pos.startsWith("NNP"); }
  public boolean isPronoun() { return pos.equals("PRP") || pos.equals("PRP$"); }
}
