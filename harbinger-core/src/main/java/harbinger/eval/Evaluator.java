package harbinger.eval;

import harbinger.model.Article;
import harbinger.model.Event;
import harbinger.model.Outcome;
import harbinger.model.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a gold set through a {@link SystemUnderTest} and scores the result. Articles are built directly from
 * the gold records (no title is prepended, so gold offsets line up with the article text):
 * <ul>
 *   <li>plover, cameo: each record is a one-sentence article with id = gold id and no publication date unless
 *       the record has one;</li>
 *   <li>m2e2: the sentences of each gold document form one article, dated by its id ({@link M2e2Document});</li>
 *   <li>timex: each document, with its document creation time as publication date (NLP stage only);</li>
 *   <li>quotes: each document, with its publication date (NLP stage, then quote extraction).</li>
 * </ul>
 * Articles the system skips count as having produced nothing and are listed in the report's notes.
 * Thread-safe if the system is.
 */
public final class Evaluator {
  private final SystemUnderTest system;
  private final CameoToM2e2 m2e2Table;

  public Evaluator(SystemUnderTest system, CameoToM2e2 m2e2Table) {
    this.system = Objects.requireNonNull(system, "system");
    this.m2e2Table = Objects.requireNonNull(m2e2Table, "m2e2Table");
  }

  /**
   * Reads the gold file of the given kind and scores the system on it. A timex or quotes file in the format of
   * the blind probes ({@link BlindArticles}) is read as such.
   *
   * @throws harbinger.error.InputException when the gold file is missing or malformed ({@code file:line:})
   */
  public EvalReport run(EvalKind kind, Path gold) {
    return switch (kind) {
      case PLOVER -> plover(GoldReader.plover(gold));
      case CAMEO -> cameo(GoldReader.cameo(gold));
      case M2E2 -> m2e2(GoldReader.m2e2(gold));
      case TIMEX -> timex(BlindArticles.isBlind(gold) ? BlindArticles.read(gold).timex() : GoldReader.timex(gold));
      case QUOTES -> quotes(BlindArticles.isBlind(gold) ? BlindArticles.read(gold).quotes() : GoldReader.quotes(gold));
    };
  }

  public EvalReport plover(List<PloverRecord> gold) {
    List<Article> articles = gold.stream().map(r -> new Article(r.id(), null, r.text(), r.date(), null, null)).toList();
    List<String> notes = new ArrayList<>();
    Map<String, List<Event>> events = code(articles, notes);
    return PloverScorer.score(gold, events).withNotes(notes);
  }

  public EvalReport cameo(List<CameoRecord> gold) {
    List<Article> articles = gold.stream().map(r -> Article.of(r.id(), r.text())).toList();
    List<String> notes = new ArrayList<>();
    Map<String, List<Event>> events = code(articles, notes);
    return CameoScorer.score(gold, events).withNotes(notes);
  }

  public EvalReport m2e2(List<M2e2Record> gold) {
    List<M2e2Document> docs = M2e2Document.of(gold);
    List<String> notes = new ArrayList<>();
    Map<String, List<Event>> byArticle = code(docs.stream().map(M2e2Document::article).toList(), notes);
    Map<String, List<Event>> bySentence = new HashMap<>();
    for (M2e2Document d : docs) bySentence.putAll(d.eventsBySentence(byArticle.getOrDefault(d.article().id(), List.of())));
    return M2e2Scorer.score(gold, bySentence, m2e2Table).withNotes(notes);
  }

  public EvalReport timex(List<TimexArticle> gold) {
    List<Article> articles = gold.stream().map(a -> new Article(a.id(), null, a.text(), a.dct(), null, null)).toList();
    Map<String, List<ProducedTimex>> produced = new HashMap<>();
    List<String> notes = new ArrayList<>();
    for (SystemUnderTest.Annotation an : annotate(articles, notes)) {
      if (an.doc() != null) produced.put(an.articleId(), ProducedTimex.of(an.doc()));
    }
    return TimexScorer.score(gold, produced).withNotes(notes);
  }

  public EvalReport quotes(List<QuoteArticle> gold) {
    List<Article> articles = gold.stream().map(a -> new Article(a.id(), null, a.text(), a.published(), null, null)).toList();
    Map<String, List<Quote>> produced = new HashMap<>();
    List<String> notes = new ArrayList<>();
    for (SystemUnderTest.Annotation an : annotate(articles, notes)) {
      if (an.doc() != null) produced.put(an.articleId(), system.quotes(an.doc()));
    }
    return QuoteScorer.score(gold, produced).withNotes(notes);
  }

  private Map<String, List<Event>> code(List<Article> articles, List<String> notes) {
    List<Outcome> outcomes = system.code(articles);
    if (outcomes.size() != articles.size())
      throw new IllegalStateException("system returned " + outcomes.size() + " outcomes for " + articles.size() + " articles");
    Map<String, List<Event>> out = new HashMap<>();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Coded c) out.put(c.articleId(), c.events());
      else if (o instanceof Outcome.Skipped s) notes.add("skipped " + s.articleId() + " [" + s.stage() + "]: " + s.reason());
    }
    return out;
  }

  private List<SystemUnderTest.Annotation> annotate(List<Article> articles, List<String> notes) {
    List<SystemUnderTest.Annotation> out = system.annotate(articles);
    if (out.size() != articles.size())
      throw new IllegalStateException("system returned " + out.size() + " annotations for " + articles.size() + " articles");
    for (SystemUnderTest.Annotation a : out) {
      if (a.problem() != null) notes.add("skipped " + a.articleId() + " [nlp]: " + a.problem());
    }
    return out;
  }
}
