package harbinger.ontology;

import harbinger.data.DataFile;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Creates {@link CameoOntology} instances from the project's ontology data file.
 *
 * <p>The file format (one CAMEO code per line, tab-separated
 * {@code code name goldstein quad_class plover_type plover_mode}) is described in the header of the
 * bundled resource {@value #DEFAULT_RESOURCE}. Every row is validated when the file is loaded, and the
 * first problem stops loading with a {@link harbinger.error.DictionaryException} whose message starts
 * with {@code file:line:}; checked are the column count (5 or 6, the mode may be left out), the code
 * (2 to 4 digits, root 01..20, no duplicates, the root of a 3-digit code and the 3-digit parent of a
 * 4-digit code present in the file), the Goldstein value (a number in -10..10), the quad class (1..4 and
 * equal to the one the root implies), the PLOVER type (one of the sixteen current type names) and the
 * mode (empty or a lower-case word such as {@code investigate}).
 *
 * <p>PLOVER convention: every code carries a PLOVER type, even where the 2021 CAMEO-to-PLOVER mapping
 * gives none. The older names of that mapping are renamed (DEMAND to REQUEST, DISAPPROVE to ACCUSE,
 * FIGHT to ASSAULT, INVESTIGATE to ACCUSE with mode {@code investigate}). Root 01 "make public
 * statement" has no PLOVER type; its neutral members are mapped to CONSULT, the verbal-cooperation type
 * that claims least, and members with a clear direction to that direction (for example 016 "deny
 * responsibility" to REJECT, 018 "express sympathy" to SUPPORT). Each such choice is explained by a
 * comment above its row in the data file.
 *
 * <p>Thread-safe: both methods may be called from any thread; the returned ontologies are immutable.
 */
public final class CameoOntologies {
  /** Classpath location of the bundled ontology. */
  public static final String DEFAULT_RESOURCE = "/harbinger/data/cameo.tsv";

  private CameoOntologies() {}

  /**
   * The bundled ontology, read from {@value #DEFAULT_RESOURCE} on the first call and shared afterwards.
   *
   * @throws harbinger.error.DictionaryException if the resource is missing or malformed (a build defect)
   */
  public static CameoOntology loadDefault() {
    return DefaultHolder.get();
  }

  /**
   * Reads and validates an ontology file (UTF-8). Each call reads the file again.
   *
   * @throws harbinger.error.DictionaryException if the file cannot be read ({@code file:0:}) or a line
   *     is malformed ({@code file:line:})
   */
  public static CameoOntology load(Path file) {
    return CameoFileParser.parse(DataFile.read(file));
  }

  /*
   * Implementation note: a lazily filled, synchronized static field rather than the class-initialisation
   * holder idiom, so that a broken resource surfaces as the DictionaryException itself (with its
   * file:line: message) instead of an ExceptionInInitializerError, and is not cached.
   */
  private static final class DefaultHolder {
    private static @Nullable CameoOntology instance;

    private DefaultHolder() {}

    static synchronized CameoOntology get() {
      CameoOntology o = instance;
      if (o == null) {
        o = CameoFileParser.parse(DataFile.readResource(DEFAULT_RESOURCE));
        instance = o;
      }
      return o;
    }
  }
}
