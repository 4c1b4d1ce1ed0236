package harbinger.nlp;

import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "KYIV, March 3 (Example Wire) - ", "WASHINGTON (Reuters) — ",
 * "TAIPEI/BEIJING, April 8 - ", "ADDIS ABABA, Ethiopia — ". Shared by the NLP adapter (which parses the story
 * without it) and the coder (which keeps its city and agency from becoming actors). Stateless.
 */
public final class Datelines {
  /**
   * An upper-case city (or several joined by "/"), optional ", Month D", ", Country" or ", 2015" parts, an optional
   * agency in capitals without brackets ("SYDNEY, Jan 4 AAP - ") or an (agency) in brackets, a dash.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*[A-Z][A-Z.'’/ -]{1,40}(,\\s*([A-Z][A-Za-z.]*( \\d{1,2})?|\\d{4}))*( [A-Z]{2,6})?(\\s*\\([^)]{1,40}\\))?\\s*[-–—]+\\s");

  private Datelines() {}

  /** Length of the dateline at the start of {@code text} (including the dash and the space after it), or 0. */
  public static int length(String text) {
    var m = DATELINE.matcher(text);
    return m.find() ? m.end() : 0;
  }
}
