package harbinger.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import harbinger.model.AnnotatedDoc;
import harbinger.model.Article;
import harbinger.model.Dependency;
import harbinger.model.Sentence;
import harbinger.model.Timex;
import harbinger.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns an annotated CoreNLP {@link Annotation} into Harbinger records, so that no
 * CoreNLP type leaves this package. Stateless and thread-safe.
 *
 * <p>Mapping: token and sentence offsets are CoreNLP's character offsets into {@code article.text()};
 * {@code Token.word} is CoreNLP's {@code originalText()} (its {@code word()} may normalise quotes and
 * brackets); token and dependency indices become 0-based and the root's governor is -1; {@code Token.ner}
 * is "O" when CoreNLP gives none; {@code Token.normalized} is CoreNLP's normalized entity tag as is (for an
 * unresolved relative date that can be a form such as "OFFSET P-1D"); {@code Sentence.paragraph} counts
 * the blank-line breaks before the sentence ({@link ParagraphBreaks}); time expressions come from the
 * sentence's DATE, TIME, DURATION and SET entity mentions, typed by their TIMEX3 type when SUTime gives one, with
 * month names written without a year resolved by the tense of their clause ({@link TenseDates}), values in TimeML's
 * forms ({@link TimexForms}) and dates that refer to earlier ones resolved ({@link AnaphoricDates}); before those,
 * mentions SUTime merged are separated ({@link MergedDates}, {@link HolidayAppositions}) and "today" of the present age marked
 * ({@link PresentRefs}); after them midnight and bare clock times get their day ({@link ClockTimes}), range ends follow
 * their starts ({@link DateRanges}) and offsets count from the date before them ({@link OffsetDates}).
 */
final class CoreNlpMapper {
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  private CoreNlpMapper() {}

  /** True if {@code sentence} is longer than the limit and therefore has no NER and no dependency parse. */
  static boolean isOverLong(CoreMap sentence, int maxSentenceTokens) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).size() > maxSentenceTokens;
  }

  static AnnotatedDoc toAnnotatedDoc(Article article, Annotation doc, int maxSentenceTokens) {
    String text = article.text();
    ParagraphBreaks breaks = ParagraphBreaks.of(text);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = new ArrayList<>();
    StoryCountries.Lazy country = new StoryCountries.Lazy(text); // whose "Independence Day", scanned only if one is named
    if (sentences != null) {
      for (CoreMap s : sentences) {
        if (s.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) continue;
        Sentence mapped = HolidayAppositions.apply(PresentRefs.apply(MergedDates.apply(toSentence(out.size(), s, text, breaks,
            !isOverLong(s, maxSentenceTokens)))), article.published());
        mapped = NamedDays.apply(TenseDates.adjust(MonthQuarters.apply(TimexForms.apply(mapped, article.published()),
            article.published()), article.published()), article.published(), country); // MonthQuarters: "the June quarter"
        mapped = LeapDays.apply(mapped, article.published()); // "Feb. 29" without a year
        mapped = MonthFrames.apply(mapped, article.published()); // "Last year, ... in late August", "figures for May"
        mapped = DayPartSpans.join(FiscalYearSpans.apply(mapped, article.published())); // "the fiscal year that begins Oct. 1"; "Wednesday night"
        if (article.published() != null) mapped = YearHalves.apply(mapped, article.published());
        mapped = RelativeTails.apply(mapped, article.published()); // "its best day in a year yesterday"
        out.add(DateRanges.apply(ClockTimes.midnight(mapped, article.published())));
      }
    }
    List<Sentence> anchored = ClockTimes.anchor(OffsetDates.resolve(AnaphoricDates.resolve(out)), article.published());
    // "at 11:30 p.m. By 8 a.m. this morning"; "between 7 a.m. and 11 p.m. tomorrow"
    return new AnnotatedDoc(article, ClocksBeforeTomorrow.apply(NightBefore.apply(anchored, article.published())));
  }

  private static Sentence toSentence(int index, CoreMap s, String text, ParagraphBreaks breaks, boolean full) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int begin = labels.get(0).beginPosition();
    int end = labels.get(labels.size() - 1).endPosition();
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) tokens.add(toToken(i, labels.get(i), full));
    List<Dependency> deps = full ? dependencies(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class))
        : List.of();
    List<Timex> timexes = full ? timexes(s, text) : List.of();
    return new Sentence(index, breaks.paragraphAt(begin), begin, end, text.substring(begin, end), tokens, deps, timexes);
  }

  private static Token toToken(int index, CoreLabel label, boolean withNer) {
    String word = label.originalText() != null ? label.originalText() : label.word();
    String lemma = label.lemma() != null ? label.lemma() : word;
    boolean noDate = lowercaseMonth(label);
    String ner = withNer && label.ner() != null && !noDate ? label.ner() : "O";
    String normalized = withNer && !noDate ? label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) : null;
    return new Token(index, word, lemma, label.tag(), ner, normalized, label.beginPosition(), label.endPosition());
  }

  /** Basic UD dependencies, one per line of the tree, ordered by dependent then governor. */
  private static List<Dependency> dependencies(@Nullable SemanticGraph graph) {
    if (graph == null) return List.of();
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) out.add(new Dependency("root", -1, root.index() - 1));
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
    }
    out.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor)
        .thenComparing(Dependency::relation));
    return out;
  }

  private static final java.util.regex.Pattern MONTH_WORD = java.util.regex.Pattern.compile(
      "january|february|march|april|may|june|july|august|september|october|november|december");

  /**
   * A month name written in lower case on its own ("led the march", "the may of"): English capitalises months, so
   * SUTime's DATE for it is a common word ("march", "may") and no date.
   */
  static boolean lowercaseMonth(CoreLabel label) {
    String w = label.originalText() != null ? label.originalText() : label.word();
    return w != null && MONTH_WORD.matcher(w).matches() && "DATE".equals(label.ner());
  }

  private static List<Timex> timexes(CoreMap sentence, String text) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) return List.of();
    List<Timex> out = new ArrayList<>();
    for (CoreMap m : mentions) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      if (tag == null || !TIME_TAGS.contains(tag)) continue;
      List<CoreLabel> labels = m.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) continue;
      if (labels.size() == 1 && lowercaseMonth(labels.get(0))) continue;
      CoreLabel first = labels.get(0);
      CoreLabel last = labels.get(labels.size() - 1);
      edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      String type = timex != null && timex.timexType() != null ? timex.timexType() : tag;
      String value = timex != null ? timex.value() : null;
      out.add(new Timex(text.substring(first.beginPosition(), last.endPosition()), first.index() - 1, last.index(),
          type, value));
    }
    out.sort(Comparator.comparingInt(Timex::beginToken).thenComparingInt(Timex::endToken));
    return out;
  }
}
