package harbinger.actors;

import harbinger.data.DataLine;
import java.util.List;
import java.util.Map;

/**
 * News outlets and social networks from {@code media.tsv}, keyed by {@link PhraseKey} of every name and
 * alias and mapped to the canonical name. Immutable and thread-safe once built.
 */
final class MediaTable {
  private static final List<String> COLUMNS = List.of("name", "aliases");

  private final Map<String, String> byAlias;

  private MediaTable(Map<String, String> byAlias) {
    this.byAlias = byAlias;
  }

  /**
   * Reads {@code media.tsv}.
   *
   * @throws harbinger.error.DictionaryException on a bad column count or an alias given to two outlets
   */
  static MediaTable parse(List<DataLine> lines) {
    AliasIndex<String> index = new AliasIndex<>("media alias", name -> name);
    for (DataLine line : lines) {
      LineFields.expectColumns(line, 1, COLUMNS);
      String name = line.expectField(0, "name");
      index.add(line, name, name);
      LineFields.list(line.field(1)).forEach(a -> index.add(line, a, name));
    }
    return new MediaTable(index.toMap());
  }

  Map<String, String> byAlias() { return byAlias; }
}
