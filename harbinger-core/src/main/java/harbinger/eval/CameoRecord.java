package harbinger.eval;

import java.util.Objects;

/**
 * One gold sentence of the CAMEO manual examples: the sentence and the one CAMEO event code it exemplifies.
 *
 * @param id gold id
 * @param text the sentence
 * @param code CAMEO code with leading zeros, 3 or 4 digits ("011", "0256")
 */
public record CameoRecord(String id, String text, String code) {
  public CameoRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
    if (!code.matches("\\d{2,4}")) throw new IllegalArgumentException("bad CAMEO code " + code);
  }

  public String root() { return code.substring(0, 2); }
}
