package harbinger.output;

import harbinger.model.Actor;
import harbinger.model.Article;
import harbinger.model.DatePrecision;
import harbinger.model.Event;
import harbinger.model.Modality;
import harbinger.model.Quantity;
import harbinger.model.Span;
import java.time.LocalDate;
import java.util.List;

/** Hand-written test events over a small hand-written article. */
final class Events {
  static final String TEXT = "Leaders talk as tensions rise\n\n"
      + "The French president urged Germany's government on Monday to send 500 troops.\n\n"
      + "Officials in Berlin said about 20 million euros had been pledged.";
  static final Article ARTICLE = new Article("art-1", "Leaders talk as tensions rise", TEXT,
      LocalDate.of(2022, 2, 18), "https://news.example/a?b=1", "Example News");

  private Events() {}

  static int at(String words) {
    int i = TEXT.indexOf(words);
    if (i < 0) throw new IllegalArgumentException(words);
    return i;
  }

  static Span span(String words) { return new Span(at(words), at(words) + words.length()); }

  static final Actor FRANCE = new Actor("The French president", "FRAGOV", "FRA", List.of("GOV"), "Emmanuel Macron",
      span("The French president"));
  static final Actor GERMANY = new Actor("Germany's government", "DEUGOV", "DEU", List.of("GOV"), null,
      span("Germany's government"));

  /** The "urged" event in paragraph 1 with everything filled in. */
  static Event full() {
    String sentence = "The French president urged Germany's government on Monday to send 500 troops.";
    return new Event("art-1", "art-1-1", 1, sentence, span(sentence), span("urged"),
        LocalDate.of(2022, 2, 14), DatePrecision.DAY, FRANCE, GERMANY, "0256", "REQUEST", "de-escalate", 1, 3.0,
        Modality.ASSERTED, null, null, List.of(new Quantity(500, "troops", false)), "Berlin", 0.85);
  }

  /** An event in paragraph 2 with every optional field null. */
  static Event sparse() {
    String sentence = "Officials in Berlin said about 20 million euros had been pledged.";
    return new Event("art-1", "art-1-2", 2, sentence, span(sentence), span("pledged"), null, null, null, null,
        "07", "AID", null, 2, 7.4, Modality.CLAIMED, null, null, List.of(), null, 1.0);
  }
}
