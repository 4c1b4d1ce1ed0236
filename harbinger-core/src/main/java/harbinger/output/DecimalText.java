package harbinger.output;

import java.math.BigDecimal;

/**
 * Plain decimal text for output numbers: whole values without a fraction ({@code 3}, {@code -10}), others with
 * the shortest digits that round-trip ({@code -2.5}, {@code 0.85}), never an exponent. Thread-safe.
 */
final class DecimalText {
  private DecimalText() {}

  /**
   * @throws IllegalArgumentException for NaN or infinite values, which JSON cannot carry (a bug upstream)
   */
  static String of(double value) {
    if (!Double.isFinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
    if (value == 0) return "0";
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
