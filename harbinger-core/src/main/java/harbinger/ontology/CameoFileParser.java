package harbinger.ontology;

import harbinger.data.DataLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the lines of an ontology file into a validated {@link CameoOntology}; see {@link CameoOntologies}
 * for the format and the checks. Stateless and thread-safe.
 */
final class CameoFileParser {
  private static final int MIN_COLUMNS = 5;
  private static final int MAX_COLUMNS = 6;
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern MODE = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final Set<String> PLOVER_TYPES = Set.of(
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN",
      "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private CameoFileParser() {}

  /**
   * Parses and validates every line, then checks that each 3- and 4-digit code has its parent.
   *
   * @throws harbinger.error.DictionaryException at the first malformed line ({@code file:line:})
   */
  static CameoOntology parse(List<DataLine> lines) {
    Map<String, DataLine> lineOf = new HashMap<>();
    List<EventType> types = new ArrayList<>(lines.size());
    for (DataLine line : lines) {
      EventType t = parseLine(line);
      DataLine first = lineOf.putIfAbsent(t.code(), line);
      if (first != null) {
        throw line.error("duplicate code '" + t.code() + "' (first defined at line " + first.number() + ")");
      }
      types.add(t);
    }
    for (EventType t : types) {
      String parent = parentCode(t.code());
      if (parent != null && !lineOf.containsKey(parent)) {
        String level = parent.length() == 2 ? "root" : "parent";
        throw lineOf.get(t.code()).error("code '" + t.code() + "' has no " + level + " '" + parent + "' in the file");
      }
    }
    return new IndexedCameoOntology(types);
  }

  /** The root of a 3-digit code, the 3-digit parent of a 4-digit code, or null for a root. */
  static @Nullable String parentCode(String code) {
    return code.length() <= 2 ? null : code.substring(0, code.length() - 1);
  }

  /** The quad class a root implies (01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4), or 0 if not a root. */
  static int quadClassOfRoot(int root) {
    if (root >= 1 && root <= 5) return 1;
    if (root >= 6 && root <= 8) return 2;
    if (root >= 9 && root <= 13) return 3;
    if (root >= 14 && root <= 20) return 4;
    return 0;
  }

  private static EventType parseLine(DataLine line) {
    int columns = line.fields().size();
    if (columns < MIN_COLUMNS || columns > MAX_COLUMNS) {
      throw line.error("expected 6 tab-separated columns (code, name, goldstein, quad_class, plover_type, "
          + "plover_mode; the mode may be omitted) but found " + columns);
    }
    String code = line.expectField(0, "code");
    if (!CODE.matcher(code).matches()) {
      throw line.error("code '" + code + "' must be 2 to 4 digits");
    }
    int expectedQuad = quadClassOfRoot(Integer.parseInt(code.substring(0, 2)));
    if (expectedQuad == 0) {
      throw line.error("code '" + code + "' has root '" + code.substring(0, 2) + "' outside 01..20");
    }
    String name = line.expectField(1, "name");
    double goldstein = parseGoldstein(line, line.expectField(2, "goldstein"));
    int quad = parseQuadClass(line, line.expectField(3, "quad_class"));
    if (quad != expectedQuad) {
      throw line.error("quad class " + quad + " of code '" + code + "' contradicts its root "
          + code.substring(0, 2) + ", which implies " + expectedQuad);
    }
    String plover = line.expectField(4, "plover_type");
    if (!PLOVER_TYPES.contains(plover)) {
      throw line.error("unknown PLOVER type '" + plover + "'");
    }
    String mode = line.field(5);
    if (!mode.isEmpty() && !MODE.matcher(mode).matches()) {
      throw line.error("PLOVER mode '" + mode + "' must be a lower-case word (letters, digits, '-', '_')");
    }
    return new EventType(code, name, goldstein, quad, plover, mode.isEmpty() ? null : mode);
  }

  private static double parseGoldstein(DataLine line, String text) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw line.error("goldstein '" + text + "' is not a number");
    }
    if (!(value >= -10.0 && value <= 10.0)) { // also rejects NaN and infinities
      throw line.error("goldstein " + text + " is outside -10..10");
    }
    return value;
  }

  private static int parseQuadClass(DataLine line, String text) {
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw line.error("quad class '" + text + "' must be 1..4");
    }
    if (value < 1 || value > 4) throw line.error("quad class " + value + " must be 1..4");
    return value;
  }
}
