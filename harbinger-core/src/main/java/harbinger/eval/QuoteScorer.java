package harbinger.eval;

import harbinger.model.Quote;
import harbinger.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores quotes and their speakers against gold attributions (PolNeAR).
 *
 * <p>Definitions. The scored gold attributions (A) are those with a source (speaker) span and a content span.
 * A produced quote <em>finds</em> an attribution when its content overlaps (shares a character with) a
 * fragment of the gold content. It <em>names the speaker</em> when either (a) its speaker words overlap a
 * fragment of the gold source, or (b) by coreference: its speaker actor was resolved (a pronoun or role noun
 * through the coder's discourse, or a name through the actor knowledge) to a known person or organisation whose
 * canonical name's last word occurs as a whole word in the gold source words ("he" resolved to Barack Obama
 * counts for gold "President Obama"), or (c) by relative pronoun: the gold source is only "who", "which", "that"
 * or "whom" and the produced speaker is the pronoun's antecedent, the words just before it with nothing but
 * spaces and a comma between ("Matt Bai, who said ..." named Matt Bai).
 * <ul>
 *   <li>{@code speaker_accuracy} = attributions found by some quote that names the speaker / A;</li>
 *   <li>{@code content_recall} = attributions found by some quote / A;</li>
 *   <li>{@code quote_precision} = produced quotes that overlap the content of any gold attribution (with or
 *       without source) / produced quotes; n/a (0/0) for a set with no attribution at all, which is not
 *       annotated for quotes (the blind time-expression files).</li>
 * </ul>
 * Error severities: 3 found with a different speaker; 2 found with no speaker; 1 not found.
 */
public final class QuoteScorer {
  private QuoteScorer() {}

  /** @param produced produced quotes by article id */
  public static EvalReport score(List<QuoteArticle> gold, Map<String, List<Quote>> produced) {
    int scored = 0;
    int found = 0;
    int right = 0;
    int quotes = 0;
    int quotesOnGold = 0;
    List<EvalError> errors = new ArrayList<>();
    // a set with no attribution at all is not annotated for quotes (a time-expression file): nothing to be precise about
    boolean annotated = gold.stream().anyMatch(a -> !a.attributions().isEmpty());
    for (QuoteArticle a : gold) {
      List<Quote> qs = produced.getOrDefault(a.id(), List.of());
      for (Quote q : annotated ? qs : List.<Quote>of()) {
        quotes++;
        if (a.attributions().stream().anyMatch(g -> overlapsAny(q.content(), g.content()))) quotesOnGold++;
      }
      for (QuoteArticle.GoldAttribution g : a.attributions()) {
        if (!g.scorable()) continue;
        scored++;
        List<Quote> hits = qs.stream().filter(q -> overlapsAny(q.content(), g.content())).toList();
        boolean ok = hits.stream().anyMatch(q -> namesSpeaker(q, g, a.text()));
        if (!hits.isEmpty()) found++;
        if (ok) right++;
        String goldText = "source '" + g.sourceText() + "', content '" + shorten(g.contentText()) + "'";
        String unit = a.id() + "#" + g.id();
        if (hits.isEmpty()) {
          errors.add(new EvalError(unit, 1, "content not found", goldText, "nothing", context(a, g)));
        } else if (!ok) {
          boolean anySpeaker = hits.stream().anyMatch(q -> q.speakerSpan() != null);
          String got = hits.stream().map(QuoteScorer::show).collect(Collectors.joining("; "));
          errors.add(new EvalError(unit, anySpeaker ? 3 : 2, anySpeaker ? "wrong speaker" : "no speaker", goldText, got, context(a, g)));
        }
      }
    }
    List<Score> scores = List.of(
        new Score("speaker_accuracy", right, scored),
        new Score("content_recall", found, scored),
        new Score("quote_precision", quotesOnGold, quotes));
    return new EvalReport("quotes", scored, scores, errors, List.of());
  }

  static boolean namesSpeaker(Quote q, QuoteArticle.GoldAttribution g, String text) {
    if (q.speakerSpan() != null && overlapsAny(q.speakerSpan(), g.source())) return true;
    if (q.speakerSpan() != null && isAntecedent(q.speakerSpan(), g, text)) return true;
    if (q.speaker() == null || q.speaker().name() == null || g.sourceText() == null) return false;
    String[] words = q.speaker().name().strip().split("\\s+");
    String last = words[words.length - 1];
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(last) + "(?![\\p{L}\\p{N}])").matcher(g.sourceText()).find();
  }

  private static final Pattern RELATIVE = Pattern.compile("(?i)who|which|that|whom");

  /** Whether the speaker span is the antecedent of a gold source that is a bare relative pronoun. */
  static boolean isAntecedent(Span speaker, QuoteArticle.GoldAttribution g, String text) {
    if (g.source().size() != 1 || g.sourceText() == null || !RELATIVE.matcher(g.sourceText().strip()).matches()) return false;
    int pronoun = g.source().get(0).start();
    if (speaker.end() > pronoun || pronoun > text.length()) return false;
    return text.substring(speaker.end(), pronoun).matches("[\\s,]*");
  }

  private static boolean overlapsAny(Span s, List<Span> fragments) {
    for (Span f : fragments) if (TimexScorer.overlaps(s, f)) return true;
    return false;
  }

  private static String show(Quote q) {
    String who = q.speakerText() == null ? "no speaker" : "speaker '" + q.speakerText() + "'"
        + (q.speaker() == null ? "" : " = " + q.speaker().code() + (q.speaker().name() == null ? "" : " " + q.speaker().name()));
    return who + ", content '" + shorten(q.text()) + "'";
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() > 120 ? one.substring(0, 117) + "..." : one;
  }

  private static String context(QuoteArticle a, QuoteArticle.GoldAttribution g) {
    int from = g.content().stream().mapToInt(Span::start).min().orElse(0);
    int to = g.content().stream().mapToInt(Span::end).max().orElse(0);
    for (Span s : g.source()) { from = Math.min(from, s.start()); to = Math.max(to, s.end()); }
    String t = a.text().substring(from, to).replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 297) + "..." : t;
  }
}
