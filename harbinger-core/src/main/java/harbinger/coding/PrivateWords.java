package harbinger.coding;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of private life, read once from {@code /harbinger/data/coding/private-words.tsv}: the private persons whose
 * acts are no political events ({@link PrivatePersons}, {@link PrivateCourtesies}) and the words by which a police or
 * court case is told as one between private persons or as a political one ({@link PrivateCases}). The file's header
 * documents each family. Immutable and thread-safe.
 */
final class PrivateWords {
  static final String RESOURCE = "/harbinger/data/coding/private-words.tsv";
  private static final Set<String> FAMILIES = Set.of("person", "crime", "accident", "motive", "political", "court", "underworld",
      "feud");
  private static final PrivateWords DEFAULT = parse(DataFile.readResource(RESOURCE));

  /** Common nouns of private persons and groups. */
  static final Set<String> PERSONS = DEFAULT.family("person");

  private final Map<String, Set<String>> families;

  private PrivateWords(Map<String, Set<String>> families) { this.families = families; }

  static PrivateWords defaults() { return DEFAULT; }

  /** @throws harbinger.error.DictionaryException ({@code file:line:}) on an unknown family, a missing or an upper-case word */
  static PrivateWords parse(List<DataLine> lines) {
    return new PrivateWords(WordFamilies.read(lines, FAMILIES));
  }

  /** The lemmas of a family (empty when the file has none). */
  Set<String> family(String name) { return families.getOrDefault(name, Set.of()); }
}
