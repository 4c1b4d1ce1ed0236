package harbinger.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A time expression found in a sentence, normalised against the publication date (TIMEX3 value,
 * for example "2021-12-29", "2021-W52", "2022", "PRESENT_REF", "P3D").
 *
 * @param text surface text
 * @param beginToken first token index (inclusive)
 * @param endToken last token index (exclusive)
 * @param type DATE, TIME, DURATION or SET
 * @param value normalised TIMEX3 value, or null when it could not be resolved
 */
public record Timex(String text, int beginToken, int endToken, String type, @Nullable String value) {
  public Timex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (beginToken < 0 || endToken <= beginToken) throw new IllegalArgumentException("bad timex tokens [" + beginToken + "," + endToken + ")");
  }
}
