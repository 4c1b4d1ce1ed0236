package harbinger.model;

import java.util.Objects;

/**
 * A quantity stated with an event: troops, dead, injured, money (unit "USD", "EUR" ...), people.
 *
 * @param value the number (the lower bound for "tens of millions")
 * @param unit what is counted, as a plain noun ("troops", "dead", "USD")
 * @param approximate true for "about", "up to", "tens of", "more than" ...
 */
public record Quantity(double value, String unit, boolean approximate) {
  public Quantity {
    Objects.requireNonNull(unit, "unit");
    if (Double.isNaN(value) || value < 0) throw new IllegalArgumentException("bad quantity " + value);
  }
}
