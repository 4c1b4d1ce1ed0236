package harbinger.coding;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue lexicon of attributions, read once from {@code /harbinger/data/quotes/cue-words.tsv}: families of cue
 * lemmas (reporting, stance, intent ...) and, for verbs that cue only with a particle or introduce their content
 * with a preposition, the particles by verb. The file's header documents each family; {@link QuoteCues} decides what
 * each family attributes. Immutable and thread-safe.
 */
final class CueWords {
  static final String RESOURCE = "/harbinger/data/quotes/cue-words.tsv";
  private static final Set<String> WITH_PARTICLES = Set.of("phrasal", "prepositional", "particle-object");
  private static final Set<String> FAMILIES = Set.of("reporting", "stance", "addressee", "intent", "volition", "gerund",
      "naming", "utterance", "repeating", "receiving", "portraying", "estimating", "phrasal", "prepositional", "particle-object");
  private static final CueWords DEFAULT = parse(DataFile.readResource(RESOURCE));

  private final Map<String, Set<String>> families;
  private final Map<String, Map<String, Set<String>>> particles;

  private CueWords(Map<String, Set<String>> families, Map<String, Map<String, Set<String>>> particles) {
    this.families = families;
    this.particles = particles;
  }

  static CueWords defaults() { return DEFAULT; }

  /** @throws harbinger.error.DictionaryException ({@code file:line:}) on an unknown family or a missing field */
  static CueWords parse(List<DataLine> lines) {
    Map<String, Set<String>> families = new HashMap<>();
    Map<String, Map<String, Set<String>>> particles = new HashMap<>();
    for (DataLine line : lines) {
      String family = line.expectField(0, "family");
      if (!FAMILIES.contains(family)) throw line.error("unknown cue family '" + family + "' (one of " + FAMILIES + ")");
      String words = line.expectField(1, "lemmas");
      if (WITH_PARTICLES.contains(family)) {
        String after = line.expectField(2, "particles");
        if (words.contains(" ")) throw line.error("one verb per '" + family + "' line, got '" + words + "'");
        particles.computeIfAbsent(family, k -> new HashMap<>()).computeIfAbsent(words, k -> new HashSet<>())
            .addAll(List.of(after.split(" +")));
      } else {
        families.computeIfAbsent(family, k -> new HashSet<>()).addAll(List.of(words.split(" +")));
      }
    }
    Map<String, Set<String>> fixed = new HashMap<>();
    families.forEach((k, v) -> fixed.put(k, Set.copyOf(v)));
    Map<String, Map<String, Set<String>>> fixedParticles = new HashMap<>();
    particles.forEach((k, v) -> {
      Map<String, Set<String>> m = new HashMap<>();
      v.forEach((verb, ps) -> m.put(verb, Set.copyOf(ps)));
      fixedParticles.put(k, Map.copyOf(m));
    });
    return new CueWords(Map.copyOf(fixed), Map.copyOf(fixedParticles));
  }

  /** The lemmas of a family (empty when the file has none). */
  Set<String> family(String name) { return families.getOrDefault(name, Set.of()); }

  /** The particles or prepositions by verb of a particle family. */
  Map<String, Set<String>> particles(String name) { return particles.getOrDefault(name, Map.of()); }
}
