package harbinger.model;

import java.util.Locale;

/** How precise an event date is. */
public enum DatePrecision {
  DAY, MONTH, YEAR;

  public String label() { return name().toLowerCase(Locale.ROOT); }
}
