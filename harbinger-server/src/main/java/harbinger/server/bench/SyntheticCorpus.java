package harbinger.server.bench;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Outcome;
import harbinger.model.Span;
import harbinger.ontology.CameoOntologies;
import harbinger.ontology.EventType;
import harbinger.pipeline.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic coded articles for benchmarks and tests that need volume without CoreNLP. Article {@code n} is
 * published on day {@code start + n * days / total} and carries {@code perArticle} events between 30 countries,
 * the first countries drawn far more often (the square of a uniform draw, so a few dyads are busy as in real
 * data), with CAMEO codes from the real ontology, so Goldstein, QuadClass and PLOVER agree with {@code cameo.tsv};
 * 80% are asserted. Same arguments, same output. Thread-safe.
 */
public final class SyntheticCorpus {
  private static final List<String> COUNTRIES = List.of("USA", "RUS", "UKR", "CHN", "IRN", "ISR", "PSE", "SYR", "TUR",
      "DEU", "FRA", "GBR", "IND", "PAK", "AFG", "IRQ", "SAU", "YEM", "EGY", "SDN", "ETH", "NGA", "VEN", "COL", "ARM",
      "AZE", "GEO", "KOR", "PRK", "TWN");
  private static final List<String> AGENTS = List.of("GOV", "MIL", "", "COP", "OPP", "REB");
  private final List<EventType> codes;

  public SyntheticCorpus() {
    codes = CameoOntologies.loadDefault().all().stream().filter(t -> t.code().length() == 3).toList();
  }

  /**
   * @param first index of the first article (batches can be generated one after another)
   * @param count articles to generate
   * @param total articles in the whole corpus (spreads the days)
   * @param days days the corpus spans
   */
  public List<Result> articles(long seed, int first, int count, int total, int days, int perArticle, LocalDate start) {
    List<Result> out = new ArrayList<>(count);
    for (int n = first; n < first + count; n++) {
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
      String id = "syn-" + n;
      LocalDate day = start.plusDays((long) n * days / Math.max(1, total));
      StringBuilder text = new StringBuilder("Synthetic report ").append(n).append("\n\n");
      List<Event> events = new ArrayList<>(perArticle);
      for (int e = 0; e < perArticle; e++) {
        int i = skewed(r, COUNTRIES.size());
        int j = skewed(r, COUNTRIES.size() - 1);
        if (j >= i) j++;
        String src = COUNTRIES.get(i);
        String tgt = COUNTRIES.get(j);
        int begin = text.length();
        String sentence = src + " acted towards " + tgt + " in report " + n + ".";
        text.append(sentence).append(' ');
        EventType t = codes.get(r.nextInt(codes.size()));
        Modality m = r.nextInt(10) < 8 ? Modality.ASSERTED : Modality.values()[r.nextInt(Modality.values().length)];
        int trig = begin + src.length() + 1;
        events.add(new Event(id, id + "-" + (e + 1), e + 1, sentence, new Span(begin, begin + sentence.length()),
            new Span(trig, trig + 5), day, DatePrecision.DAY, actor(r, src, begin), actor(r, tgt, begin + sentence.indexOf(tgt, src.length())),
            t.code(), t.plover(), t.ploverMode(), t.quadClass(), t.goldstein(), m, null, null, List.of(), null,
            0.5 + r.nextInt(46) / 100.0));
      }
      Article a = new Article(id, "Synthetic report " + n, text.toString().strip(), day, "https://synthetic.example/" + n,
          "Outlet " + (n % 20));
      out.add(new Result(a, new Outcome.Coded(id, perArticle + 1, events)));
    }
    return out;
  }

  private static Actor actor(SplittableRandom r, String country, int at) {
    String agent = AGENTS.get(r.nextInt(AGENTS.size()));
    return new Actor(country, country + agent, country, agent.isEmpty() ? List.of() : List.of(agent), null,
        new Span(at, at + country.length()));
  }

  private static int skewed(SplittableRandom r, int n) {
    double u = r.nextDouble();
    return Math.min(n - 1, (int) (u * u * n));
  }
}
