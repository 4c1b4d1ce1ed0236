package harbinger.eval;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps produced CAMEO codes to the M2E2 event types that are scored, by longest listed code prefix (the
 * bundled table is {@code harbinger/data/eval/cameo_to_m2e2.tsv}, which explains each row). Immutable and
 * thread-safe.
 */
public final class CameoToM2e2 {
  /** The M2E2 types that are scored. Life:Die and Movement:Transport have no CAMEO counterpart. */
  public static final List<String> SCORED = List.of("Conflict:Attack", "Conflict:Demonstrate", "Justice:Arrest-Jail",
      "Contact:Meet", "Contact:Phone-Write", "Transaction:Transfer-Money");
  /** The M2E2 types that are not scored. */
  public static final Set<String> UNSCORED = Set.of("Life:Die", "Movement:Transport");
  private static final String RESOURCE = "/harbinger/data/eval/cameo_to_m2e2.tsv";
  private static final String NONE = "-";

  private final Map<String, String> byPrefix;

  private CameoToM2e2(Map<String, String> byPrefix) { this.byPrefix = Map.copyOf(byPrefix); }

  public static CameoToM2e2 loadDefault() { return parse(DataFile.readResource(RESOURCE)); }

  /**
   * @throws harbinger.error.DictionaryException ({@code file:line:}) for a bad prefix, an unknown type, a
   *     wrong column count or a repeated prefix
   */
  static CameoToM2e2 parse(List<DataLine> lines) {
    Map<String, String> map = new HashMap<>();
    for (DataLine line : lines) {
      if (line.fields().size() != 2) throw line.error("expected 2 tab-separated columns but found " + line.fields().size());
      String prefix = line.expectField(0, "cameo_prefix");
      String type = line.expectField(1, "m2e2_type");
      if (!prefix.matches("\\d{2,4}")) throw line.error("cameo_prefix must be 2 to 4 digits but was '" + prefix + "'");
      if (!type.equals(NONE) && !SCORED.contains(type)) throw line.error("unknown M2E2 type '" + type + "' (scored types: " + SCORED + ")");
      if (map.putIfAbsent(prefix, type) != null) throw line.error("prefix " + prefix + " listed twice");
    }
    return new CameoToM2e2(map);
  }

  /** The M2E2 type of a produced CAMEO code, if it has one. */
  public Optional<String> typeOf(String cameo) {
    for (int len = cameo.length(); len >= 2; len--) {
      String t = byPrefix.get(cameo.substring(0, len));
      if (t != null) return t.equals(NONE) ? Optional.empty() : Optional.of(t);
    }
    return Optional.empty();
  }
}
