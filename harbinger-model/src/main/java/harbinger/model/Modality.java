package harbinger.model;

import java.util.Locale;

/** How the article presents an event: as a fact, denied, hypothetical, planned, or someone's claim. */
public enum Modality {
  ASSERTED, NEGATED, CONDITIONAL, FUTURE, INTENDED, CLAIMED, HISTORICAL;

  /** Lower-case name used in output ("asserted"). */
  public String label() { return name().toLowerCase(Locale.ROOT); }

  public static Modality parse(String label) { return valueOf(label.trim().toUpperCase(Locale.ROOT)); }
}
