package harbinger.ingest.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import harbinger.error.ConfigException;
import harbinger.pipeline.LanguageCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LanguageCheck} backed by Lingua (statistical n-gram identification), which names the language it
 * finds: {@code not English (French)}. Thread-safe.
 *
 * <p><b>Cost.</b> The detector is built on first use, never at construction, and Lingua loads each language's
 * n-gram models lazily on the first text that needs them; only the configured languages are ever loaded.
 * Measured on JDK 17, 2 cores, for the {@link #NEWS_LANGUAGES} set after a first Latin-script text (which
 * loads the models of the Latin-script candidates; texts in other scripts add their few candidates' models
 * when first met): low-accuracy mode (trigram models, the default) 0.9 s and 12 MB of heap, then 3.7 ms per
 * check; high-accuracy mode (uni- to five-gram models) 5.5 s and 283 MB, then 11 ms per check. The models are
 * static in Lingua, so every instance in one JVM shares them. Texts are sampled ({@link TextSample}: three
 * windows of {@value #WINDOW} characters), so a check costs the same on a 35,000-character article as on a
 * 1,200-character one.
 *
 * <p><b>Decision.</b> Only the sample's words that do not start with a capital letter are identified (names say
 * nothing of the language, and a short English sentence made mostly of Korean or Brazilian names reads as
 * Indonesian or Portuguese). A sample with fewer than {@value #MIN_LETTERS} letters in them is accepted (too short
 * to tell). Else
 * the text is rejected when Lingua's most likely language is not English and English's relative confidence is
 * below {@value #NEAR_TIE} of it (an English article full of foreign names stays English). English is always
 * among the candidate languages.
 */
public final class LinguaLanguageCheck implements LanguageCheck {
  /** Default candidates: English and the languages most often met in international news collections. */
  public static final Set<String> NEWS_LANGUAGES = Set.of("en", "es", "fr", "de", "pt", "it", "nl", "ru", "uk",
      "pl", "tr", "ar", "fa", "zh", "ja", "ko", "id", "hi");
  static final int WINDOW = 400;
  static final int MIN_LETTERS = 20;
  static final double NEAR_TIE = 0.8;

  private final List<Language> languages;
  private final boolean lowAccuracy;
  private volatile @Nullable LanguageDetector detector;

  private LinguaLanguageCheck(List<Language> languages, boolean lowAccuracy) {
    this.languages = List.copyOf(languages);
    this.lowAccuracy = lowAccuracy;
  }

  /** The {@link #NEWS_LANGUAGES} in low-accuracy mode, the default of the command line. */
  public static LinguaLanguageCheck create() { return create(NEWS_LANGUAGES, true); }

  /**
   * @param isoCodes ISO 639-1 codes of the candidate languages; English is added when missing
   * @param lowAccuracy trigram models only: a tenth of the memory, slightly less accurate on short texts
   * @throws ConfigException for a code Lingua does not know
   */
  public static LinguaLanguageCheck create(Set<String> isoCodes, boolean lowAccuracy) {
    List<Language> out = new ArrayList<>();
    out.add(Language.ENGLISH);
    for (String code : new TreeSet<>(isoCodes)) {
      Language l = language(code);
      if (!out.contains(l)) out.add(l);
    }
    if (out.size() < 2) throw new ConfigException("language check needs a language besides English but was given " + isoCodes);
    return new LinguaLanguageCheck(out, lowAccuracy);
  }

  private static Language language(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    for (IsoCode639_1 iso : IsoCode639_1.values()) {
      if (iso.name().equals(c)) return Language.getByIsoCode639_1(iso);
    }
    throw new ConfigException("unknown ISO 639-1 language code '" + code + "'");
  }

  @Override public Optional<String> reject(String text) {
    String sample = commonWords(TextSample.of(text, WINDOW));
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) if (Character.isLetter(sample.charAt(i))) letters++;
    if (letters < MIN_LETTERS) return Optional.empty();
    SortedMap<Language, Double> confidence = detector().computeLanguageConfidenceValues(sample);
    if (confidence.isEmpty()) return Optional.empty();
    Language best = null;
    double top = 0;
    for (Map.Entry<Language, Double> e : confidence.entrySet()) {
      if (e.getValue() > top) {
        best = e.getKey();
        top = e.getValue();
      }
    }
    if (best == null || best == Language.ENGLISH || best == Language.UNKNOWN) return Optional.empty();
    double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
    if (english >= NEAR_TIE * top) return Optional.empty();
    return Optional.of("not English (" + displayName(best) + ")");
  }

  /**
   * The sample without its capitalised words: names carry no language ("Kim Dae-jung met Kim Jong Il in
   * Pyongyang" reads as Indonesian by its names), the common words do. Scripts without case keep every word.
   */
  static String commonWords(String sample) {
    StringBuilder sb = new StringBuilder(sample.length());
    for (String word : sample.split("\\s+")) {
      if (word.isEmpty() || Character.isUpperCase(word.codePointAt(0)) || namePart(word)) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(word);
    }
    return sb.toString();
  }

  /** "al-Sharaa", "bin-Laden", "ould-Taya": a lower-case particle hyphenated to a capitalised name is part of the name. */
  private static boolean namePart(String word) {
    int h = word.indexOf('-');
    return h > 0 && h + 1 < word.length() && Character.isUpperCase(word.codePointAt(h + 1));
  }

  /** The detector, built once on first use. */
  private LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0]));
          if (lowAccuracy) b = b.withLowAccuracyMode();
          detector = d = b.build();
        }
      }
    }
    return d;
  }

  /** "FRENCH" → "French". */
  static String displayName(Language l) {
    String n = l.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
