package harbinger.nlp.corenlp;

import harbinger.error.EngineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime's English rules without the four "resolveTo" tense-tagging rules, so that a document's time expressions
 * depend only on that document.
 *
 * <p>Why: those rules ({@code VTag($0[-1].temporal.value, "resolveTo", RESOLVE_TO_PAST)} after a past-tense verb
 * or "have" within two tokens, RESOLVE_TO_FUTURE after "will", "would", ...) put the tag on the rule file's
 * shared value of the expression ("Sunday", "July", ...), not on the occurrence. The tag stays on that shared value
 * for every later sentence and document that the annotator sees, and a later bare "Sunday" with no tense
 * pattern of its own is resolved to the past or the future depending on what came before (in another document,
 * or in a concurrently annotated one). See stanfordnlp/CoreNLP issue 1061. Without the tags SUTime resolves a
 * partial date to the closest one; {@link TenseDates} then corrects weekdays and months by the tense of the
 * clause that governs them (a deterministic function of the sentence's own parse).
 *
 * <p>The rules are read from the CoreNLP models jar at start-up, filtered, and written to a temporary file that
 * the {@code sutime.rules} property names (SUTime reads rules only from files or class-path resources).
 */
final class SutimeRules {
  private SutimeRules() {}

  static final String DEFS = "edu/stanford/nlp/models/sutime/defs.sutime.txt";
  static final String ENGLISH = "edu/stanford/nlp/models/sutime/english.sutime.txt";
  static final String HOLIDAYS = "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt";

  /**
   * One rule block "{ pattern: ... action: VTag( ..., "resolveTo", ... ) }", from its opening brace to the brace
   * that ends the line after the action; the pattern may hold braces of its own but no other rule's start.
   */
  private static final Pattern TENSE_TAG_RULE = Pattern.compile(
      "\\{\\s*pattern:(?:(?!\\{\\s*pattern:).)*?action:\\s*VTag\\([^\\n]*\"resolveTo\"[^\\n]*\\n\\s*\\}",
      Pattern.DOTALL);

  private static volatile String rules;

  /** The value of {@code sutime.rules}: CoreNLP's defaults with the English rules replaced by the filtered copy. */
  static synchronized String property() {
    if (rules == null) rules = DEFS + "," + writeFiltered() + "," + HOLIDAYS;
    return rules;
  }

  /** The rule text without its tense-tagging rule blocks. */
  static String withoutTenseTags(String ruleText) {
    return TENSE_TAG_RULE.matcher(ruleText).replaceAll(Matcher.quoteReplacement("# tense-tagging rule removed by Harbinger"));
  }

  /** How many tense-tagging rules a rule text holds. */
  static int tenseTagRules(String ruleText) {
    Matcher m = TENSE_TAG_RULE.matcher(ruleText);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  private static String writeFiltered() {
    try (InputStream in = SutimeRules.class.getClassLoader().getResourceAsStream(ENGLISH)) {
      if (in == null) throw new EngineException("no " + ENGLISH + " on the class path (stanford-corenlp:models)");
      String filtered = withoutTenseTags(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Path file = Files.createTempFile("harbinger-english.sutime", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(file, filtered, StandardCharsets.UTF_8);
      return file.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the filtered SUTime rules", e);
    }
  }
}
