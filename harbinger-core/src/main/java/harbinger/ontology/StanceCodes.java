package harbinger.ontology;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codes of an act that a party announces (intent), refuses (refusal), demands of another (demand) or appeals
 * for (appeal), by the act's code: "X will send aid" is 033, "X refused to release" 1243, "Y must withdraw" (said by
 * X) 1056, "X urged Y to release" 0253.
 * Read from {@value #DEFAULT_RESOURCE}, whose header explains the convention; the longest matching code prefix
 * wins. Validated at load: five columns, act prefixes of 2 to 4 digits without repeats, and every code present in
 * the ontology ({@code file:line:} errors). Immutable and thread-safe.
 */
public final class StanceCodes {
  /** Classpath location of the bundled table. */
  public static final String DEFAULT_RESOURCE = "/harbinger/data/stance-codes.tsv";

  /** What is done with an act. */
  public enum Stance { INTENT, REFUSAL, DEMAND, APPEAL }

  private final Map<String, EventType[]> byPrefix;
  private final Map<String, EventType> acts;

  private StanceCodes(Map<String, EventType[]> byPrefix, Map<String, EventType> acts) {
    this.byPrefix = Map.copyOf(byPrefix);
    this.acts = Map.copyOf(acts);
  }

  /** The bundled table, validated against {@code ontology}. */
  public static StanceCodes loadDefault(CameoOntology ontology) {
    return parse(DataFile.readResource(DEFAULT_RESOURCE), ontology);
  }

  public static StanceCodes load(Path file, CameoOntology ontology) {
    return parse(DataFile.read(file), ontology);
  }

  static StanceCodes parse(List<DataLine> lines, CameoOntology ontology) {
    Map<String, EventType[]> out = new HashMap<>();
    Map<String, EventType> acts = new HashMap<>();
    for (DataLine line : lines) {
      if (line.fields().size() != 5) throw line.error("expected 5 tab-separated columns (act, intent, refusal, demand, appeal), found " + line.fields().size());
      String act = line.field(0).trim();
      if (!act.matches("\\d{2,4}")) throw line.error("act code prefix must be 2 to 4 digits: '" + act + "'");
      acts.put(act, ontology.find(act).orElseThrow(() -> line.error("unknown CAMEO code: " + act)));
      EventType[] row = new EventType[4];
      for (int i = 0; i < 4; i++) {
        String code = line.field(i + 1).trim();
        if (code.equals("-")) continue;
        row[i] = ontology.find(code).orElseThrow(() -> line.error("unknown CAMEO code: '" + code + "'"));
      }
      if (out.put(act, row) != null) throw line.error("act code " + act + " listed twice");
    }
    return new StanceCodes(out, acts);
  }

  /**
   * The act that {@code stated} announces, refuses, demands or appeals for ({@code stance}): the most general act
   * of the table whose code under that stance is {@code stated} ("1384", threaten a conventional attack, is the
   * intent of "19", fight), or empty when no act has that code.
   */
  public Optional<EventType> act(EventType stated, Stance stance) {
    EventType best = null;
    for (var e : byPrefix.entrySet()) {
      EventType code = e.getValue()[stance.ordinal()];
      if (code == null || !code.code().equals(stated.code())) continue;
      String key = e.getKey();
      if (best == null || key.length() < best.code().length() || (key.length() == best.code().length() && key.compareTo(best.code()) < 0)) {
        best = acts.get(key);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The code of {@code act} under {@code stance}, or empty when CAMEO codes it as the act itself. */
  public Optional<EventType> code(EventType act, Stance stance) {
    String code = act.code();
    for (int n = code.length(); n >= 2; n--) {
      EventType[] row = byPrefix.get(code.substring(0, n));
      if (row != null) return Optional.ofNullable(row[stance.ordinal()]);
    }
    return Optional.empty();
  }
}
