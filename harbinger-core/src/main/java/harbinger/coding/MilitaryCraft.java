package harbinger.coding;

import java.util.regex.Pattern;

/**
 * Aircraft named by a military type designation ("Turkish F-16s", "an Indian MiG-21", "a Su-24", "B-52 bombers"):
 * such a craft stands for the armed forces that fly it, as "warplanes" do (agents.tsv). The tokenizer may split the
 * hyphen, so the head is joined with a neighbour across a "-" token. Thread-safe (stateless).
 */
final class MilitaryCraft {
  /** Makers' and services' prefixes of military type designations, a hyphen, a number, a variant letter, a plural s. */
  private static final Pattern DESIGNATION = Pattern.compile(
      "(F|FA|F/A|MiG|Mig|MIG|Su|SU|B|A|AH|UH|CH|Mi|Ka|Tu|Il|C|KC|EP|AV|J|RQ|MQ|U|Yak)-\\d{1,3}[A-Z]?(s|'s)?");

  private MilitaryCraft() {}

  /** Whether token {@code head} is (part of) a military aircraft designation. */
  static boolean designates(SentenceGraph g, int head) {
    String w = g.word(head);
    if (DESIGNATION.matcher(w).matches()) return true;
    if (head >= 2 && g.word(head - 1).equals("-") && DESIGNATION.matcher(g.word(head - 2) + "-" + w).matches()) return true;
    return head + 2 < g.size() && g.word(head + 1).equals("-") && DESIGNATION.matcher(w + "-" + g.word(head + 2)).matches();
  }
}
