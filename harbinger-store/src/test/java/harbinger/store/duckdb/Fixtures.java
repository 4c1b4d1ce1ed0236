package harbinger.store.duckdb;

import harbinger.ingest.ArticleSources;
import harbinger.ingest.ReadItem;
import harbinger.ingest.ReadOptions;
import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.model.Span;
import harbinger.pipeline.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Hand-made articles and events for store tests (no CoreNLP). */
final class Fixtures {
  private Fixtures() {}

  static Actor country(String iso, String agent) {
    return new Actor(iso + " " + agent, iso + agent, iso, agent.isEmpty() ? List.of() : List.of(agent), null, null);
  }

  /** An article whose text is a headline and a body of {@code words} distinct made-up words. */
  static Article article(String id, String outlet, LocalDate published, String body) {
    return new Article(id, "Headline " + id, "Headline " + id + "\n\n" + body, published,
        "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet);
  }

  static String body(long seed, int words) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      char[] c = new char[5 + r.nextInt(4)];
      for (int j = 0; j < c.length; j++) c[j] = (char) ('a' + r.nextInt(26));
      b.append(c).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString().trim();
  }

  /** An event of {@code article} whose evidence is the article's first body sentence. */
  static Event event(Article a, int n, Actor source, Actor target, String cameo, double goldstein, int quad,
                     LocalDate date, Modality modality, double confidence) {
    int start = a.text().indexOf("\n\n") + 2;
    int end = a.text().indexOf('.', start) + 1;
    String sentence = a.text().substring(start, end);
    return new Event(a.id(), a.id() + "-" + n, 1, sentence, new Span(start, end), new Span(start, start + 5), date,
        date == null ? null : DatePrecision.DAY, source, target, cameo, plover(cameo), null, quad, goldstein, modality,
        null, null, List.of(), null, confidence);
  }

  static String plover(String cameo) {
    return switch (cameo.substring(0, 2)) {
      case "04" -> "CONSULT";
      case "11" -> "ACCUSE";
      default -> "ASSAULT";
    };
  }

  static Result coded(Article a, Event... events) {
    return new Result(a, new Outcome.Coded(a.id(), 3, List.of(events)));
  }

  /** The repository root (the directory holding samples/), found by walking up. */
  static Path repo() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("samples/sample-corpus.jsonl"))) return d;
    }
    throw new IllegalStateException("samples/sample-corpus.jsonl not found above " + Path.of("").toAbsolutePath());
  }

  static Map<String, Article> sampleCorpus() {
    try (Stream<ReadItem> items = ArticleSources.open(repo().resolve("samples/sample-corpus.jsonl"), ReadOptions.defaults())) {
      return items.map(i -> ((ReadItem.Read) i).article()).collect(Collectors.toMap(Article::id, Function.identity()));
    }
  }
}
