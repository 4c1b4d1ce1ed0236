package harbinger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens, dependency parse and time expressions.
 *
 * @param index 0-based sentence index in the article
 * @param paragraph 0-based paragraph index (paragraphs are separated by blank lines; 0 is the headline in plain text)
 * @param begin character offset of the sentence in the article text
 * @param end end offset (exclusive)
 * @param text the sentence text, equal to the article text between begin and end
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, List<Token> tokens,
                       List<Dependency> dependencies, List<Timex> timexes) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    timexes = List.copyOf(timexes);
    if (index < 0 || paragraph < 0) throw new IllegalArgumentException("negative sentence or paragraph index");
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad sentence span [" + begin + "," + end + ")");
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.governor() >= tokens.size())
        throw new IllegalArgumentException("dependency " + d + " outside sentence of " + tokens.size() + " tokens");
    }
  }

  public Token token(int i) { return tokens.get(i); }

  /** This sentence with other time expressions; everything else unchanged. */
  public Sentence withTimexes(List<Timex> replaced) {
    return new Sentence(index, paragraph, begin, end, text, tokens, dependencies, replaced);
  }

  /** The sentence text from the start of token {@code from} to the end of token {@code to - 1}. */
  public String words(int from, int to) {
    return text.substring(token(from).begin() - begin, token(to - 1).end() - begin);
  }

  /** Dependencies whose governor is token {@code i}, in dependent order. */
  public List<Dependency> children(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) if (d.governor() == i) out.add(d);
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** The first dependency whose dependent is token {@code i} (its head), or null for the root. */
  public @org.jspecify.annotations.Nullable Dependency headOf(int i) {
    for (Dependency d : dependencies) if (d.dependent() == i && !d.relation().equals("ref")) return d;
    return null;
  }
}
