package harbinger.nlp.corenlp;

import harbinger.data.DataFile;
import harbinger.data.DataLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a story is about, read from the words that name it or its places ("Md.", "Nairobi", "Indian") in
 * {@code story-countries.tsv}: the country named most often, the first named on a tie, "" when none is. National
 * days hold for their country only ("Independence Day" is 4 July in a Maryland story, 15 August in an Indian one;
 * {@link FixedHolidays}). The table is validated at load with {@code file:line} errors. Immutable.
 */
final class StoryCountries {
  record Signal(String country, Pattern words) {}

  static final String RESOURCE = "/harbinger/nlp/corenlp/story-countries.tsv";
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final List<Signal> SIGNALS = parse(DataFile.readResource(RESOURCE));

  private StoryCountries() {}

  /**
   * @throws harbinger.error.DictionaryException on a wrong column count or a country that is not three capitals
   */
  static List<Signal> parse(List<DataLine> lines) {
    List<Signal> out = new ArrayList<>();
    for (DataLine line : lines) {
      if (line.fields().size() != 2) throw line.error("expected 2 columns (country, words), got " + line.fields().size());
      String country = line.expectField(0, "country");
      if (!CODE.matcher(country).matches()) throw line.error("country '" + country + "' is not a three-letter code");
      String words = line.expectField(1, "words").strip();
      out.add(new Signal(country, Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])")));
    }
    return List.copyOf(out);
  }

  /** Has {@code country} a row in the table? */
  static boolean known(String country) {
    for (Signal s : SIGNALS) if (s.country().equals(country)) return true;
    return false;
  }

  /**
   * The country of {@code text}, found on the first {@code get()} and kept: most stories name no national day, and
   * {@link #of} scans the whole text with every row of the table (review of session 23).
   */
  static final class Lazy implements java.util.function.Supplier<String> {
    private final String text;
    private String country;

    Lazy(String text) { this.text = text; }

    @Override
    public String get() {
      if (country == null) country = of(text);
      return country;
    }

    /** Has the text been scanned? */
    boolean scanned() { return country != null; }
  }

  /** The country {@code text} names most often ("" when it names none). */
  static String of(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Integer> first = new LinkedHashMap<>();
    for (Signal s : SIGNALS) {
      Matcher m = s.words().matcher(text);
      while (m.find()) {
        counts.merge(s.country(), 1, Integer::sum);
        first.merge(s.country(), m.start(), Math::min);
      }
    }
    String best = "";
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String c = e.getKey();
      if (best.isEmpty() || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && first.get(c) < first.get(best)) {
        best = c;
      }
    }
    return best;
  }
}
