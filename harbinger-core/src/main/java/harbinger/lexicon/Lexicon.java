package harbinger.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable index of lexicon entries by trigger lemma and part of speech. Thread-safe.
 * Entries for one lemma are kept most specific first.
 */
public final class Lexicon {
  private final Map<String, List<LexiconEntry>> verbs;
  private final Map<String, List<LexiconEntry>> nouns;
  private final Map<String, List<LexiconEntry>> adjectives;

  Lexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns,
          Map<String, List<LexiconEntry>> adjectives) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
    this.adjectives = Map.copyOf(adjectives);
  }

  /** Entries whose trigger is this verb lemma, most specific first; empty if none. */
  public List<LexiconEntry> verbEntries(String lemma) {
    return verbs.getOrDefault(Objects.requireNonNull(lemma), List.of());
  }

  /** Entries whose trigger is this noun lemma, most specific first; empty if none. */
  public List<LexiconEntry> nounEntries(String lemma) {
    return nouns.getOrDefault(Objects.requireNonNull(lemma), List.of());
  }

  /**
   * Entries whose trigger is this adjective lemma used as a predicate ("was skeptical over", "is willing to"),
   * most specific first; empty if none. Their {@link LexiconEntry#noun()} is false: an adjective predicate takes
   * its subject and complements as a verb does.
   */
  public List<LexiconEntry> adjectiveEntries(String lemma) {
    return adjectives.getOrDefault(Objects.requireNonNull(lemma), List.of());
  }

  public int size() {
    return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum()
        + adjectives.values().stream().mapToInt(List::size).sum();
  }
}
