package harbinger.coding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parts of an article that carry no events: publisher boilerplate paragraphs ("Subscribe to our YouTube
 * channel", "All rights reserved") and the dateline that opens a wire story ("KYIV, March 3 (Example Wire) -"),
 * whose city and agency must not become actors. Stateless.
 */
final class Layout {
  private static final List<Pattern> BOILERPLATE = List.of(
      Pattern.compile("\\bsubscribe\\b"), Pattern.compile("\\bfollow us\\b"), Pattern.compile("\\bsign up\\b"),
      Pattern.compile("\\bnewsletter\\b"), Pattern.compile("\\ball rights reserved\\b"), Pattern.compile("^copyright\\b|©"),
      Pattern.compile("\\bclick here\\b"), Pattern.compile("\\bdownload (our|the) app\\b"), Pattern.compile("\\bshare this (article|story)\\b"),
      Pattern.compile("\\bconnect with\\b.*!"), Pattern.compile("\\bactivate notifications\\b"),
      Pattern.compile("\\bread more\\b:?\\s*$"), Pattern.compile("\\b(terms of use|privacy policy|cookie)"),
      Pattern.compile("\\bthis (article|story) (was|has been) (updated|corrected)\\b"),
      Pattern.compile("\\b(reporting|writing|editing) by\\b"));
  private Layout() {}

  /** True for a paragraph that is publisher boilerplate, not news. */
  static boolean isBoilerplate(String paragraph) {
    String p = paragraph.toLowerCase(Locale.ROOT).strip();
    if (p.isEmpty()) return false;
    int hits = 0;
    for (Pattern b : BOILERPLATE) if (b.matcher(p).find()) hits++;
    return hits >= 2 || (hits == 1 && p.length() < 200);
  }

  /** Length of the dateline at the start of {@code paragraph}, or 0 when there is none. */
  static int datelineLength(String paragraph) {
    return harbinger.nlp.Datelines.length(paragraph);
  }
}
