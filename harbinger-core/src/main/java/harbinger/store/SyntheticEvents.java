package harbinger.store;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.model.Span;
import harbinger.ontology.CameoOntologies;
import harbinger.ontology.CameoOntology;
import harbinger.ontology.EventType;
import harbinger.pipeline.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic articles with coded events, for benchmarks and tests that need volume without CoreNLP.
 * Article {@code n} is published on day {@code start + n * days / articles}, comes from one of 20 outlets, has a
 * text of made-up words (no two articles are near-duplicates) and {@code eventsPerArticle} events between 40
 * countries, the busiest dyads drawn more often (a Zipf-like skew), with CAMEO codes drawn from the real ontology
 * (so Goldstein, QuadClass and PLOVER agree with {@code cameo.tsv}). Same seed, same output. Thread-safe (stateless
 * apart from the immutable code list).
 */
public final class SyntheticEvents {
  private static final List<String> COUNTRIES = List.of("USA", "RUS", "UKR", "CHN", "IRN", "ISR", "PSE", "SYR", "TUR",
      "DEU", "FRA", "GBR", "IND", "PAK", "AFG", "IRQ", "SAU", "YEM", "EGY", "LBY", "SDN", "ETH", "SOM", "NGA", "MLI",
      "VEN", "COL", "MEX", "BRA", "ARM", "AZE", "GEO", "BLR", "POL", "JPN", "KOR", "PRK", "TWN", "PHL", "MMR");
  private static final List<String> AGENTS = List.of("GOV", "MIL", "", "COP", "OPP", "REB");
  private final List<EventType> codes;

  public SyntheticEvents() {
    CameoOntology ontology = CameoOntologies.loadDefault();
    codes = ontology.all().stream().filter(t -> t.code().length() == 3).toList();
  }

  /**
   * @param first index of the first article (so batches can be generated one after another)
   * @param count articles to generate
   * @param total total articles in the corpus (spreads the days)
   * @param days days the corpus spans
   */
  public List<Result> articles(long seed, int first, int count, int total, int days, int eventsPerArticle,
                               LocalDate start) {
    List<Result> out = new ArrayList<>(count);
    for (int n = first; n < first + count; n++) {
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
      String id = "syn-" + n;
      LocalDate published = start.plusDays((long) n * days / Math.max(1, total));
      StringBuilder text = new StringBuilder("Synthetic report " + n + "\n\n");
      for (int w = 0; w < 30; w++) text.append(word(r)).append(w % 10 == 9 ? ". " : " ");
      List<Event> events = new ArrayList<>();
      for (int e = 0; e < eventsPerArticle; e++) {
        int begin = text.length();
        String sentence = word(r) + " " + word(r) + " " + word(r) + " happened " + word(r) + ".";
        text.append(sentence).append(' ');
        events.add(event(r, id, e + 1, sentence, begin, published));
      }
      Article a = new Article(id, "Synthetic report " + n, text.toString().trim(), published,
          "https://synthetic.example/" + n, "Outlet " + (n % 20));
      out.add(new Result(a, new Outcome.Coded(id, 3 + eventsPerArticle, events)));
    }
    return out;
  }

  private Event event(SplittableRandom r, String articleId, int k, String sentence, int begin, LocalDate day) {
    int i = skewed(r, COUNTRIES.size());
    int j = skewed(r, COUNTRIES.size() - 1);
    if (j >= i) j++;
    EventType type = codes.get(r.nextInt(codes.size()));
    Modality modality = r.nextInt(10) < 8 ? Modality.ASSERTED : Modality.values()[r.nextInt(Modality.values().length)];
    Span span = new Span(begin, begin + sentence.length());
    Span trigger = new Span(begin + sentence.indexOf("happened"), begin + sentence.indexOf("happened") + 8);
    return new Event(articleId, articleId + "-" + k, k + 1, sentence, span, trigger, day, DatePrecision.DAY,
        actor(r, COUNTRIES.get(i)), actor(r, COUNTRIES.get(j)), type.code(), type.plover(), type.ploverMode(),
        type.quadClass(), type.goldstein(), modality, null, null, List.of(), null, 0.5 + r.nextInt(46) / 100.0);
  }

  private static Actor actor(SplittableRandom r, String country) {
    String agent = AGENTS.get(r.nextInt(AGENTS.size()));
    return new Actor(country, country + agent, country, agent.isEmpty() ? List.of() : List.of(agent), null, null);
  }

  /** 0..n-1, small values much more often (the square of a uniform draw). */
  private static int skewed(SplittableRandom r, int n) {
    double u = r.nextDouble();
    return Math.min(n - 1, (int) (u * u * n));
  }

  private static String word(SplittableRandom r) {
    char[] c = new char[4 + r.nextInt(5)];
    for (int i = 0; i < c.length; i++) c[i] = (char) ('a' + r.nextInt(26));
    return new String(c);
  }
}
